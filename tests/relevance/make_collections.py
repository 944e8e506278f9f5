#!/usr/bin/env python3
"""Regenerate SearchIndex's relevance dev collections from the shared id-news corpus.

usage:
  tests/relevance/make_collections.py [--corpus /work/data/id-news] [--out tests/relevance] [--seed 20261125]

Standard library only; deterministic for a given corpus and seed (files are read in sorted
name order, every sample is drawn from its own random.Random(f"{seed}:{name}")).

Writes, under --out:
  known-item.tsv          query<TAB>article            titles of a sample of clickid articles
  known-item-hard.tsv     query<TAB>article            the same titles with about a third of the words dropped
  known-item-3words.tsv   query<TAB>article            3 words (>= 4 letters) of each title kept (seeded), in order
  known-item-all.tsv      query<TAB>article            titles of a sample of all articles, idsum URL-slug titles included
  factoid-candidates.tsv  pid<TAB>article<TAB>para<TAB>text    the sampled news paragraphs to write questions on
  explain-candidates.tsv  pid<TAB>article<TAB>para<TAB>text    the sampled explanatory paragraphs (Wikipedia proxy)
and, from the hand-written question files factoid-questions.tsv / explain-questions.tsv
(qid<TAB>pid<TAB>question; a pid must name a candidate row), for each of factoid / explain:
  <name>.tsv              qid<TAB>query<TAB>article    peers' run-relevance format (article-level)
  <name>.queries.tsv      qid<TAB>query                queries file for the TREC qrels
  <name>.qrels            qid 0 article#para 1         TREC qrels, paragraph-level (our evaluator)

Paragraph ordinals follow the peers' corpus rules (shared/peers/lib/peerlib.py): lines stripped,
blank lines and `Baca juga:` lines skipped, the title line is paragraph 0.
"""
import argparse
import os
import random
import re
import sys

BACA_JUGA = re.compile(r'^baca\s+juga\s*:', re.IGNORECASE)
_WS = ('\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680'
       + ''.join(chr(c) for c in range(0x2000, 0x200b))
       + '\u2028\u2029\u202f\u205f\u3000\ufeff')

KNOWN_ITEM_COUNT = 300
FACTOID_CANDIDATES = 160
EXPLAIN_CANDIDATES = 110
# An explanatory/background paragraph: a definition or description cue, and long enough to explain something.
EXPLAIN_CUE = re.compile(r'\b(adalah|merupakan|yaitu|yakni|dikenal sebagai|disebut|didirikan|berasal dari)\b',
                         re.IGNORECASE)


def paragraphs(text):
    out = []
    for line in text.split('\n'):
        line = line.strip(_WS)
        if line and not BACA_JUGA.match(line):
            out.append(line)
    return out


def load_corpus(corpus):
    names = sorted(f for f in os.listdir(corpus) if f.endswith('.txt'))
    arts = {}
    for name in names:
        with open(os.path.join(corpus, name), 'rb') as fh:
            arts[name] = paragraphs(fh.read().decode('utf-8', errors='replace'))
    return arts


def norm_title(t):
    return ' '.join(re.findall(r'\w+', t.lower()))


def known_item(arts, seed):
    """Titles of clickid articles (idsum titles are URL slugs). A title shared by several articles
    (syndicated copies) makes all of them relevant."""
    by_title = {}
    for name, paras in arts.items():
        if paras:
            by_title.setdefault(norm_title(paras[0]), []).append(name)
    pool = [n for n, p in arts.items()
            if n.startswith('clickid-') and p and len(p) >= 3 and len(p[0].split()) >= 4]
    rng = random.Random('%s:known-item' % seed)
    sample = rng.sample(pool, KNOWN_ITEM_COUNT)
    easy, hard, short3 = [], [], []
    drop_rng = random.Random('%s:known-item-hard' % seed)
    keep_rng = random.Random('%s:known-item-short' % seed)
    for name in sample:
        title = arts[name][0]
        rel = sorted(by_title[norm_title(title)])
        words = title.split()
        n_drop = max(1, round(len(words) / 3))
        if len(words) - n_drop < 3:
            n_drop = max(0, len(words) - 3)
        dropped = set(drop_rng.sample(range(len(words)), n_drop))
        short = ' '.join(w for i, w in enumerate(words) if i not in dropped)
        # what a reader remembers: 3 content-ish words (>= 4 letters), falling back to any word
        content = [i for i, w in enumerate(words) if len(re.sub(r'\W', '', w)) >= 4]
        pool3 = content if len(content) >= 3 else list(range(len(words)))
        kept = set(keep_rng.sample(pool3, min(3, len(pool3))))
        remembered = ' '.join(w for i, w in enumerate(words) if i in kept)
        for a in rel:
            easy.append((title, a))
            hard.append((short, a))
            short3.append((remembered, a))
    return easy, hard, short3


def known_item_all(arts, seed):
    """Titles of a sample of all articles, idsum's URL-slug titles (lower case, no punctuation) included: closer
    to an archive where titles are whatever the scraper kept, and the one known-item set where titles repeat."""
    by_title = {}
    for name, paras in arts.items():
        if paras:
            by_title.setdefault(norm_title(paras[0]), []).append(name)
    pool = [n for n, p in arts.items() if p and len(p) >= 3 and len(p[0].split()) >= 4]
    sample = random.Random('%s:known-item-all' % seed).sample(pool, KNOWN_ITEM_COUNT)
    return [(arts[name][0], a) for name in sample for a in sorted(by_title[norm_title(arts[name][0])])]


def sample_paragraphs(arts, seed, label, count, ok):
    pool = [(n, i, t) for n, p in arts.items() for i, t in enumerate(p) if i >= 1 and ok(n, t)]
    rng = random.Random('%s:%s' % (seed, label))
    picked = rng.sample(pool, count)
    return [('%s%03d' % (label[0], k + 1), n, i, t) for k, (n, i, t) in enumerate(picked)]


def factoid_ok(name, text):
    # a self-contained news statement: not a quote-only line, not a caption/byline fragment
    return 150 <= len(text) <= 600 and not text.startswith(('"', '\u201c', '(')) and text.count(' ') >= 20


def explain_ok(name, text):
    return 250 <= len(text) <= 900 and EXPLAIN_CUE.search(text) is not None and not text.startswith(('"', '\u201c'))


def write_tsv(path, rows):
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        for r in rows:
            fh.write('\t'.join(str(x).replace('\t', ' ') for x in r) + '\n')


def derive(out, name, candidates):
    """Turn <name>-questions.tsv (hand-written) into the run files; skipped when it does not exist yet."""
    src = os.path.join(out, '%s-questions.tsv' % name)
    if not os.path.exists(src):
        print('%s: no %s yet, run files not written' % (name, src), file=sys.stderr)
        return
    by_pid = {c[0]: c for c in candidates}
    peers, queries, trec = [], [], []
    with open(src, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cols = line.split('\t')
            if len(cols) != 3 or cols[1] not in by_pid:
                sys.exit('%s:%d: expected qid<TAB>pid<TAB>question with a known pid' % (src, ln))
            qid, pid, q = cols
            _, art, para, _ = by_pid[pid]
            peers.append((qid, q, art))
            queries.append((qid, q))
            trec.append('%s 0 %s#%d 1' % (qid, art, para))
    write_tsv(os.path.join(out, '%s.tsv' % name), peers)
    write_tsv(os.path.join(out, '%s.queries.tsv' % name), queries)
    with open(os.path.join(out, '%s.qrels' % name), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(''.join(t + '\n' for t in trec))
    print('%s: %d questions' % (name, len(peers)), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default='/work/data/id-news')
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--seed', default='20261125')
    a = ap.parse_args()
    arts = load_corpus(a.corpus)
    print('corpus: %d articles' % len(arts), file=sys.stderr)
    easy, hard, short3 = known_item(arts, a.seed)
    write_tsv(os.path.join(a.out, 'known-item.tsv'), easy)
    write_tsv(os.path.join(a.out, 'known-item-hard.tsv'), hard)
    write_tsv(os.path.join(a.out, 'known-item-3words.tsv'), short3)
    write_tsv(os.path.join(a.out, 'known-item-all.tsv'), known_item_all(arts, a.seed))
    fac = sample_paragraphs(arts, a.seed, 'factoid', FACTOID_CANDIDATES, factoid_ok)
    exp = sample_paragraphs(arts, a.seed, 'explain', EXPLAIN_CANDIDATES, explain_ok)
    write_tsv(os.path.join(a.out, 'factoid-candidates.tsv'), fac)
    write_tsv(os.path.join(a.out, 'explain-candidates.tsv'), exp)
    derive(a.out, 'factoid', fac)
    derive(a.out, 'explain', exp)


if __name__ == '__main__':
    main()
