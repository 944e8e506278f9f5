#!/usr/bin/env python3
"""Builds the `manual` corpus: the Indonesian Debian Reference, one article per section.

A second proxy for "questions over Wikipedia passages": expository, non-news Indonesian prose whose titles name a
topic (`Secure Shell`, `Sistem udev`), as Wikipedia's do. The text is GPL-2+ (package debian-reference-id) and is
not committed; this script rebuilds it, and `manual.tsv` / `manual.qrels` name its files.

    apt-get download debian-reference-id && dpkg-deb -x debian-reference-id_*.deb /tmp/dref
    tests/relevance/manual/make_corpus.py /tmp/dref/usr/share/debian-reference/debian-reference.id.txt.gz OUT_DIR
    tests/relevance/manual/make_corpus.py ... OUT_DIR --candidates 80 --seed 20261125   # the question sample

Each numbered section (`2.7.11. Siapa yang mengunggah paket tersebut?`) becomes `dref-2.7.11.txt`: its title, then
one line per prose paragraph (wrapped lines joined). Command examples, list items, tables and paragraphs under 8
words or under 85 % letters are left out. Sections with no prose are skipped; a repeated section number keeps the
last one (as written). Standard library only.
"""
import argparse
import gzip
import os
import random
import re

HEADING = re.compile(r'^(\d+(?:\.\d+)+)\. (\S.*)$')


def sections(lines):
    """(number, title, body lines) of every numbered section after the table of contents."""
    start = next(i for i, line in enumerate(lines) if line.startswith('1.1. ') and i > 300)
    current = None
    for line in lines[start:]:
        match = HEADING.match(line)
        if match:
            if current:
                yield current
            current = (match.group(1), match.group(2).strip(), [])
        elif current:
            current[2].append(line)
    if current:
        yield current


def prose(body):
    """The prose paragraphs of a section body: blank-line separated blocks, joined, code and lists left out."""
    block = []
    for line in body + ['']:
        if line.strip():
            block.append(line)
            continue
        if block and not block[0].lstrip().startswith(('$ ', '# ', '+ ', '* ')):
            text = ' '.join(part.strip() for part in block)
            letters = sum(c.isalpha() or c == ' ' for c in text)
            if len(text.split()) >= 8 and letters >= 0.85 * len(text):
                yield text
        block = []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('source')
    ap.add_argument('out')
    ap.add_argument('--candidates', type=int, default=0)
    ap.add_argument('--seed', default='20261125')
    a = ap.parse_args()
    with gzip.open(a.source, 'rt', encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    os.makedirs(a.out, exist_ok=True)
    for number, title, body in sections(lines):
        paragraphs = list(prose(body))
        if paragraphs:
            with open(os.path.join(a.out, 'dref-%s.txt' % number), 'w', encoding='utf-8') as fh:
                fh.write('\n'.join([title] + paragraphs) + '\n')
    if a.candidates:
        pool = []
        for name in sorted(os.listdir(a.out)):
            with open(os.path.join(a.out, name), encoding='utf-8') as fh:
                title, *paragraphs = fh.read().strip().split('\n')
            pool += [(name, i, title, p) for i, p in enumerate(paragraphs, 1) if 20 <= len(p.split()) <= 120]
        random.seed(int(a.seed))
        for k, (name, i, title, text) in enumerate(random.sample(pool, a.candidates), 1):
            print('%d\t%s\t%d\t%s\t%s' % (k, name, i, title, text))


if __name__ == '__main__':
    main()
