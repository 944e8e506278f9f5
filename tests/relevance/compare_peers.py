#!/usr/bin/python3
"""compare_peers.py [--engine searchindex] [--resamples 10000] RESULT_DIR [RESULT_DIR ...]

Paired bootstrap of MRR@k differences between one engine and each other peer, from the per-query files the peers'
run-relevance writes (<results>/relevance-<ts>/<collection>/<peer>.perquery.tsv). The queries of all the given
result directories are pooled (e.g. the factoid runs of two batches), each query once per directory; an engine
missing from a directory is skipped there. Prints the mean difference and its 95 % interval, so a margin can be
told from chance: with ~100 queries the interval is about +-0.05 wide.
"""
import argparse
import glob
import os
import random


def reciprocal_ranks(path):
    out = {}
    with open(path, encoding='utf-8') as fh:
        header = fh.readline().rstrip('\n').split('\t')
        qid, rank = header.index('qid'), header.index('rank')
        for line in fh:
            cols = line.rstrip('\n').split('\t')
            out[cols[qid]] = 1.0 / int(cols[rank]) if cols[rank] else 0.0
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--engine', default='searchindex')
    ap.add_argument('--resamples', type=int, default=10000)
    ap.add_argument('dirs', nargs='+')
    a = ap.parse_args()
    diffs = {}
    for d in a.dirs:
        for mine in glob.glob(os.path.join(d, '*', a.engine + '.perquery.tsv')):
            folder = os.path.dirname(mine)
            ours = reciprocal_ranks(mine)
            for other in sorted(glob.glob(os.path.join(folder, '*.perquery.tsv'))):
                peer = os.path.basename(other)[:-len('.perquery.tsv')]
                if peer == a.engine:
                    continue
                theirs = reciprocal_ranks(other)
                diffs.setdefault(peer, []).extend(ours[q] - theirs.get(q, 0.0) for q in sorted(ours))
    if not diffs:
        raise SystemExit('no %s.perquery.tsv with peers beside it under %s' % (a.engine, ' '.join(a.dirs)))
    rng = random.Random(1)
    for peer, d in sorted(diffs.items()):
        means = sorted(sum(rng.choice(d) for _ in d) / len(d) for _ in range(a.resamples))
        lo, hi = means[int(0.025 * a.resamples)], means[int(0.975 * a.resamples) - 1]
        print('%s - %-9s %+.3f  95%% interval [%+.3f, %+.3f]  (%d queries)' % (a.engine, peer, sum(d) / len(d), lo, hi, len(d)))


if __name__ == '__main__':
    main()
