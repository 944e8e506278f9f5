#!/usr/bin/python3
"""make_fresh.py [--batch 1|2|3|4|5|6|7|8] [--corpus DIR] [--out DIR]

Independent test collections (2026-11-25), written by helpers that saw only the candidate rows, never this
project's questions or any search engine. Sampled here with seed 'fresh-20261126' from the shared corpus,
leaving out every article the dev collections (../) use:
  factoid-candidates.tsv / explain-candidates.tsv   pid, article, paragraph, text (make_collections.py's filters)
  recall-candidates.tsv                             rid, article, title, lead (120 titles of >= 5 words)
From the hand-written factoid-questions.tsv, explain-questions.tsv (qid, pid, question) and recall-queries.tsv
(qid, rid, remembered headline) it derives the run files: <name>.tsv, <name>.queries.tsv, <name>.qrels (as
make_collections.py does) and recall.tsv (query, article).
Batch 2 (seed 'fresh2-20261125', written to ../fresh2/ by default) also leaves out batch 1's articles; its helpers
were told to write as they naturally would rather than to paraphrase.
Batch 3 (seed 'fresh3-20261126', ../fresh3/) leaves out batches 1 and 2 too; its helpers had batch 2's brief.
Batch 4 (seed 'fresh4-20261126', ../fresh4/) leaves out batches 1-3 and is the one ranking changes are tuned on
from the sixth session; its helpers had batch 2's brief.
Batch 5 (seed 'fresh5-20261126', ../fresh5/) leaves out batches 1-4; written in the eighth session with batch 2's
brief and measured once before any change of that session.
Batch 6 (seed 'fresh6-20261126', ../fresh6/) leaves out batches 1-5; written in the fourteenth session with batch 2's
brief and measured once before any change of that session.
Batch 7 (seed 'fresh7-20261127', ../fresh7/) leaves out batches 1-6; written in the twenty-fifth session with batch
2's brief and measured once, after the ranking had been left unchanged for three sessions.
Batch 8 (seed 'fresh8-20261128', ../fresh8/) leaves out batches 1-7; written in the thirty-second session with batch
2's brief and measured once, before any change of that session.
"""
import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import make_collections as mc  # noqa: E402

SEEDS = {1: 'fresh-20261126', 2: 'fresh2-20261125', 3: 'fresh3-20261126', 4: 'fresh4-20261126', 5: 'fresh5-20261126',
         6: 'fresh6-20261126', 7: 'fresh7-20261127', 8: 'fresh8-20261128'}
OUT = {1: HERE, 2: os.path.join(os.path.dirname(HERE), 'fresh2'), 3: os.path.join(os.path.dirname(HERE), 'fresh3'),
       4: os.path.join(os.path.dirname(HERE), 'fresh4'), 5: os.path.join(os.path.dirname(HERE), 'fresh5'),
       6: os.path.join(os.path.dirname(HERE), 'fresh6'), 7: os.path.join(os.path.dirname(HERE), 'fresh7'),
       8: os.path.join(os.path.dirname(HERE), 'fresh8')}


def dev_articles(batch):
    used = set()
    folders = [os.path.dirname(HERE)] + [OUT[b] for b in range(1, batch)]
    for folder in folders:
        for name in ('factoid-candidates.tsv', 'explain-candidates.tsv', 'recall-candidates.tsv'):
            path = os.path.join(folder, name)
            if not os.path.exists(path) or (folder == os.path.dirname(HERE) and name.startswith('recall')):
                continue
            for line in open(path, encoding='utf-8'):
                cols = line.split('\t')
                if len(cols) >= 2:
                    used.add(cols[1])
    for line in open(os.path.join(os.path.dirname(HERE), 'known-item.tsv'), encoding='utf-8'):
        used.add(line.rstrip('\n').split('\t')[-1])
    return used


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default='/work/data/id-news')
    ap.add_argument('--batch', type=int, choices=sorted(SEEDS), default=1)
    ap.add_argument('--out')
    a = ap.parse_args()
    out = a.out or OUT[a.batch]
    os.makedirs(out, exist_ok=True)
    seed = SEEDS[a.batch]
    arts = mc.load_corpus(a.corpus)
    used = dev_articles(a.batch)
    fac = mc.sample_paragraphs(arts, seed, 'factoid', 110, lambda n, t: n not in used and mc.factoid_ok(n, t))
    exp = mc.sample_paragraphs(arts, seed, 'explain', 90, lambda n, t: n not in used and mc.explain_ok(n, t))
    mc.write_tsv(os.path.join(out, 'factoid-candidates.tsv'), fac)
    mc.write_tsv(os.path.join(out, 'explain-candidates.tsv'), exp)
    pool = [n for n, p in arts.items() if n not in used and p and len(p) >= 3 and len(p[0].split()) >= 5]
    pick = random.Random(seed + ':recall').sample(pool, 120)
    rec = [('r%03d' % (k + 1), n, arts[n][0], ' '.join(arts[n][1:3])[:500]) for k, n in enumerate(pick)]
    mc.write_tsv(os.path.join(out, 'recall-candidates.tsv'), rec)
    mc.derive(out, 'factoid', fac)
    mc.derive(out, 'explain', exp)
    src = os.path.join(out, 'recall-queries.tsv')
    if os.path.exists(src):
        by_rid = {r[0]: r[1] for r in rec}
        rows = [line.rstrip('\n').split('\t') for line in open(src, encoding='utf-8') if line.strip() and not line.startswith('#')]
        mc.write_tsv(os.path.join(out, 'recall.tsv'), [(q, by_rid[rid]) for _qid, rid, q in rows])


if __name__ == '__main__':
    main()
