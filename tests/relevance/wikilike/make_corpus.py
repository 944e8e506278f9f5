#!/usr/bin/env python3
"""Builds the `wikilike` corpus: the Indonesian LibreOffice help, one article per help page.

A third proxy for "questions over Wikipedia passages", larger than the Debian Reference of ../manual/: expository,
non-news Indonesian prose in 2,400 pages whose short titles name one topic (`AutoFilter`, `Menyisipkan Grafik`), as
Wikipedia's name one entity. The text is MPL-2.0 (package libreoffice-help-id) and is not committed; this script
rebuilds it, and the run files name its files.

    apt-get download libreoffice-help-id && dpkg-deb -x libreoffice-help-id_*.deb /tmp/lohelp
    tests/relevance/wikilike/make_corpus.py /tmp/lohelp/usr/share/libreoffice/help/id OUT_DIR
    tests/relevance/wikilike/make_corpus.py ... OUT_DIR --candidates 90 --seed wikilike-20261126 > candidates.tsv
    tests/relevance/wikilike/make_corpus.py ... OUT_DIR --candidates 90 --seed wikilike2-20261126 \
        --exclude tests/relevance/wikilike/candidates.tsv > batch2/candidates.tsv      # a second batch
    tests/relevance/wikilike/make_corpus.py ... OUT_DIR --candidates 90 --seed wikilike3-20261126 \
        --exclude tests/relevance/wikilike/candidates.tsv --exclude tests/relevance/wikilike/batch2/candidates.tsv \
        > batch3/candidates.tsv                                                     # a third batch
    tests/relevance/wikilike/make_corpus.py --derive tests/relevance/wikilike   # run files from questions.tsv

Each help page `text/scalc/01/12040100.html` becomes `lohelp-text-scalc-01-12040100.txt`: its first heading as the
title, then one line per paragraph of at least 8 words and 85 % letters (menus paths and code left out). Pages with
no such paragraph are skipped. Candidates are paragraphs of 20-120 words that occur once in the whole corpus (the
help repeats boilerplate across pages, and a question about a repeated paragraph has no single answer) and read as
Indonesian (a tenth of their words are common Indonesian function words: some pages are untranslated). Their
ordinal counts the title as paragraph 0, as the peers' harness does. Standard library only.
"""
import argparse
import collections
import glob
import html
import os
import random
import re


def clean(fragment):
    return re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', '', fragment))).strip()


def pages(root):
    for path in sorted(glob.glob(os.path.join(root, '**', '*.html'), recursive=True)):
        with open(path, encoding='utf-8', errors='replace') as fh:
            text = fh.read()
        heading = re.search(r'<h[1-3][^>]*>(.*?)</h[1-3]>', text, re.S)
        title = clean(heading.group(1)) if heading else ''
        paragraphs = []
        for raw in re.findall(r'<p[^>]*>(.*?)</p>', text, re.S):
            p = clean(raw)
            letters = sum(c.isalpha() or c == ' ' for c in p)
            if len(p.split()) >= 8 and letters >= 0.85 * len(p) and p not in paragraphs:
                paragraphs.append(p)
        if title and paragraphs:
            name = 'lohelp-' + os.path.splitext(os.path.relpath(path, root))[0].replace(os.sep, '-') + '.txt'
            yield name, title, paragraphs


FUNCTION_WORDS = set('yang dan di ke dari untuk dengan ini itu anda dalam pada akan dapat atau tidak adalah'.split())


def indonesian(text):
    words = text.lower().split()
    return sum(w.strip('.,:;()') in FUNCTION_WORDS for w in words) >= 0.1 * len(words)


def derive(folder):
    """wikilike.tsv (query, article), wikilike.queries.tsv (qid, query), wikilike.qrels (qid 0 article#paragraph 1)."""
    rows = {}
    for line in open(os.path.join(folder, 'candidates.tsv'), encoding='utf-8'):
        if line.startswith('#'):
            continue
        pid, article, paragraph = line.split('\t')[:3]
        rows[pid] = (article, paragraph)
    questions = [line.rstrip('\n').split('\t') for line in open(os.path.join(folder, 'questions.tsv'), encoding='utf-8')
                 if line.strip() and not line.startswith('#')]
    with open(os.path.join(folder, 'wikilike.tsv'), 'w', encoding='utf-8') as tsv, \
            open(os.path.join(folder, 'wikilike.queries.tsv'), 'w', encoding='utf-8') as queries, \
            open(os.path.join(folder, 'wikilike.qrels'), 'w', encoding='utf-8') as qrels:
        for qid, pid, question in questions:
            article, paragraph = rows[pid]
            tsv.write('%s\t%s\n' % (question, article))
            queries.write('%s\t%s\n' % (qid, question))
            qrels.write('%s 0 %s#%s 1\n' % (qid, article, paragraph))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--derive', metavar='FOLDER')
    ap.add_argument('source', nargs='?')
    ap.add_argument('out', nargs='?')
    ap.add_argument('--candidates', type=int, default=0)
    ap.add_argument('--seed', default='wikilike-20261126')
    ap.add_argument('--exclude', action='append', default=[], help='a candidates file whose articles are left out (repeatable)')
    a = ap.parse_args()
    if a.derive:
        derive(a.derive)
        return
    os.makedirs(a.out, exist_ok=True)
    articles = list(pages(a.source))
    for name, title, paragraphs in articles:
        with open(os.path.join(a.out, name), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join([title] + paragraphs) + '\n')
    if a.candidates:
        seen = collections.Counter(p for _, _, ps in articles for p in ps)
        used = {line.split('\t')[1] for path in a.exclude for line in open(path, encoding='utf-8')}
        pool = [(name, i, title, p) for name, title, ps in articles for i, p in enumerate(ps, 1)
                if 20 <= len(p.split()) <= 120 and seen[p] == 1 and indonesian(p) and name not in used]
        rng = random.Random(a.seed)
        for k, (name, i, title, text) in enumerate(rng.sample(pool, a.candidates), 1):
            print('w%03d\t%s\t%d\t%s\t%s' % (k, name, i, title, text))


if __name__ == '__main__':
    main()
