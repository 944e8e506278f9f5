#!/usr/bin/env python3
"""Mines acronym definitions ("Komisi Pemberantasan Korupsi (KPK)") from a corpus of news articles.

Usage: mine-acronyms.py CORPUS_DIR > src/SearchIndex.Core/Search/Resources/acronyms.tsv

Indonesian news introduces an acronym once, in parentheses after its long form, then uses the acronym alone; a
headline often has only one of the two. The search asks for the acronym beside the long form (ForgivingQueryBuilder),
so this list is what the corpus itself defines. A pair is kept when:
  * the acronym is spelled, in order, by pieces of the long form's words: the start of the first word, then a piece
    of each content word (at most two per word), as Indonesian acronyms take letters (KPK) or syllables (Menaker =
    MENteri tenAGA KERja, Karhutla = KebAKARan HUTan dan LAhan); `dan`, `dari`, `&`... may be skipped;
  * the corpus defines it at least MIN_DEFINITIONS times (one-off definitions are too often misread);
  * the acronym is no common word: one that is a root of the stemmer's lexicon or has two letters must be rarely
    written in lower case (at most MAX_LOWERCASE of its uses), so HAM (hak asasi manusia) stays and "as", "di" go;
    a longer one may be written in lower case as a word of its own (karhutla);
  * the long form is the acronym's main one (at least MIN_SHARE of its definitions): PP is "peraturan pemerintah",
    and "pengurus pusat" does not ask for PP.
Output: acronym<TAB>long form<TAB>definitions, lower case, sorted by acronym then long form; deterministic.
"""
import collections
import gzip
import os
import re
import sys
from functools import lru_cache

MIN_DEFINITIONS = 3
MAX_LOWERCASE = 0.2
MIN_SHARE = 0.5
MAX_WORDS = 7
SKIPPABLE = {'dan', 'dari', 'untuk', 'di', 'ke', 'serta', 'pada', '&', 'atau', 'yang', 'the', 'of'}
NOT_ACRONYMS = {'baca', 'foto', 'ist', 'istimewa', 'dok', 'red', 'ant', 'antara'}
DEFINITION = re.compile(r"((?:[^\W_][\w'’-]*\s+){1,%d})\(([A-Za-z][A-Za-z0-9-]{1,11})\)" % MAX_WORDS)
WORD = re.compile(r"[^\W_][\w'’-]*")


def spelled_by(acronym, words):
    """Whether the acronym is spelled, in order, by pieces of the words (see the module doc)."""
    a = acronym.replace('-', '')
    ws = [w.strip("'’-") for w in words]

    @lru_cache(None)
    def rest(i, j, pieces):
        # a[i:] is spelled by ws[j:], the word ws[j] having given `pieces` pieces so far
        if j == len(ws):
            return i == len(a)
        w = ws[j]
        if pieces > 0 and rest(i, j + 1, 0):
            return True
        if pieces == 0 and w in SKIPPABLE and rest(i, j + 1, 0):
            return True
        if pieces == 2:
            return False
        starts = [0] if (j == 0 and pieces == 0) else range(1 if pieces else 0, len(w))
        for s in starts:
            for e in range(s + 1, len(w) + 1):
                if i + e - s > len(a) or a[i + e - s - 1] != w[e - 1]:
                    break
                if rest(i + e - s, j, pieces + 1):
                    return True
        return False

    return rest(0, 0, 0)


def lexicon_roots():
    path = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'SearchIndex.Core', 'Analysis', 'Resources', 'id-lexicon.txt.gz')
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return {line.split('\t')[1] for line in f if line.startswith('r\t')}


def main(corpus):
    roots = lexicon_roots()
    definitions = collections.Counter()
    uses = collections.Counter()
    lower_uses = collections.Counter()
    names = sorted(n for n in os.listdir(corpus) if n.endswith('.txt'))
    texts = []
    for name in names:
        with open(os.path.join(corpus, name), encoding='utf-8', errors='replace') as f:
            text = f.read()
        texts.append(text)
        for m in DEFINITION.finditer(text):
            words = m.group(1).split()
            acronym = m.group(2).lower()
            if acronym in NOT_ACRONYMS:
                continue
            for k in range(2, len(words) + 1):
                span = [w.lower() for w in words[-k:]]
                if span[0] in SKIPPABLE:
                    continue
                if spelled_by(acronym, span):
                    definitions[(acronym, ' '.join(span))] += 1
                    break
    acronyms = {a for (a, _), c in definitions.items() if c >= MIN_DEFINITIONS}
    for text in texts:
        for w in WORD.findall(text):
            low = w.lower()
            if low in acronyms:
                uses[low] += 1
                if w == low:
                    lower_uses[low] += 1
    per_acronym = collections.Counter()
    for (a, _), c in definitions.items():
        per_acronym[a] += c
    kept = []
    for (a, long_form), c in definitions.items():
        if c < MIN_DEFINITIONS or c < MIN_SHARE * per_acronym[a]:
            continue
        common = a in roots or len(a) <= 2
        if common and lower_uses[a] > MAX_LOWERCASE * uses[a]:
            continue
        kept.append((a, long_form, c))
    for a, long_form, c in sorted(kept):
        print(f'{a}\t{long_form}\t{c}')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: mine-acronyms.py CORPUS_DIR')
    main(sys.argv[1])
