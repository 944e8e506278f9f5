#!/usr/bin/env python3
"""Known-item queries made of title fragments: what a reader keeps of a headline.

For 400 seeded CLICK-ID articles (at least 3 paragraphs, a title of at least 4 words), four query files:

  known-item-half.tsv   half of the title's words (at least 2), seeded, in title order
  known-item-w2.tsv     2 words of at least 4 letters (any words when the title has fewer than 4 such), in order
  known-item-w3.tsv     3 such words
  known-item-w4.tsv     4 such words

Each line is query<TAB>article; a title several articles share (syndicated copies) makes all of them relevant.
The words are kept as written (case, punctuation), as the peers' harness sends them after its sanitizing.

  make_fragments.py --corpus /work/data/id-news --seed kix-20261126 --out tune/
  make_fragments.py --corpus /work/data/id-news --seed kix2-20261126b --out check/

Attribution of the titles: see ../README.md (CLICK-ID, CC BY 4.0).
"""
import argparse
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import make_collections as mc  # noqa: E402  (same corpus reading and title normalizing as the dev sets)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--seed', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--count', type=int, default=400)
    a = ap.parse_args()
    arts = mc.load_corpus(a.corpus)
    by_title = {}
    for name, paras in arts.items():
        if paras:
            by_title.setdefault(mc.norm_title(paras[0]), []).append(name)
    pool = [n for n, p in arts.items()
            if n.startswith('clickid-') and p and len(p) >= 3 and len(p[0].split()) >= 4]
    rng = random.Random(a.seed)
    rows = {key: [] for key in ('half', 'w3', 'w4', 'w2')}
    for name in rng.sample(pool, a.count):
        title = arts[name][0]
        words = title.split()
        relevant = sorted(by_title[mc.norm_title(title)])
        kept = sorted(rng.sample(range(len(words)), max(2, len(words) // 2)))
        queries = {'half': ' '.join(words[i] for i in kept)}
        content = [i for i, w in enumerate(words) if len(re.sub(r'\W', '', w)) >= 4]
        choices = content if len(content) >= 4 else list(range(len(words)))
        for key, n in (('w2', 2), ('w3', 3), ('w4', 4)):
            kept = sorted(rng.sample(choices, min(n, len(choices))))
            queries[key] = ' '.join(words[i] for i in kept)
        for key, query in queries.items():
            rows[key].extend((query, article) for article in relevant)
    os.makedirs(a.out, exist_ok=True)
    for key, lines in rows.items():
        mc.write_tsv(os.path.join(a.out, 'known-item-%s.tsv' % key), lines)


if __name__ == '__main__':
    main()
