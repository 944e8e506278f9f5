#!/usr/bin/env python3
"""Mines acronym definitions ("Komisi Pemberantasan Korupsi (KPK)") from a corpus of news articles.

Usage: mine-acronyms.py CORPUS_DIR > src/SearchIndex.Core/Search/Resources/acronyms.tsv

Indonesian news introduces an acronym once, in parentheses after its long form, then uses the acronym alone; a
headline often has only one of the two. The search asks for the acronym beside the long form (ForgivingQueryBuilder),
so this list is what the corpus itself defines. The long form of one definition is the shortest run of words before
the parenthesis that spells the acronym: its pieces taken in order, the first a start of the first word, each later
one anywhere in a later word, every word but `dan`, `dari`, `&`... giving one (KPK; Menaker = MENteri tenAGA KERja).
Only where no run spells it so may a word give two pieces, the second after the first (Karhutla = KebAKARan HUTan dan
LAhan); so "Perlindungan Perempuan dan Anak (PPA)" is read whole, not as "Perempuan dan Anak". A pair is kept when:
  * the corpus defines it at least MIN_DEFINITIONS times, or MIN_DEFINITIONS_SHORT for a two-letter acronym (PA, TA,
    PT stand for too many things), each definition counted once however many articles repeat its words around it
    in its paragraph (a press release copied by several outlets defines "Abu Bakar (ABK)" once). Paragraphs are
    read one by one, the title line and "Baca juga" links left out, as the index reads them when it mines a user's
    corpus by these rules (src/SearchIndex.Core/Indexing/IndexAcronyms.cs), so that both count alike;
  * the definitions are at least MIN_DEFINED_SHARE of the acronym's uses: PT, defined 3 times as "pengadilan
    tinggi", is written 3,990 times, nearly all for companies;
  * the long form is the acronym's main one (at least MIN_SHARE of its definitions): PP is "peraturan pemerintah",
    and "pengurus pusat" does not ask for PP;
  * the acronym is not on the list of letters the news uses mostly for something else (NBA, Karo), kept with the
    reason for each in src/SearchIndex.Core/Search/Resources/not-acronyms.txt;
  * the acronym is no common word: one that is a root of the stemmer's lexicon or has two letters is written in lower
    case in at most MAX_LOWERCASE of its uses (so `as` for amerika serikat, 2.5 %, stays, and the word `di` never
    comes in); a longer one may be written in lower case as a word of its own (parpol, wisman, karhutla).
Output: acronym<TAB>long form<TAB>definitions (counted as above), lower case, sorted; deterministic for one corpus.
"""
import collections
import gzip
import os
import re
import sys
from functools import lru_cache

MIN_DEFINITIONS = 3
MIN_DEFINITIONS_SHORT = 10
MIN_DEFINED_SHARE = 0.005
MIN_SHARE = 0.5
MAX_LOWERCASE = 0.2
MAX_WORDS = 7
CONTEXT_WORDS = 8
MAX_WORD_CHARS = 40  # a longer "word" is a URL or junk (the corpus's longest in a long form has 26 characters)
SKIPPABLE = {'dan', 'dari', 'untuk', 'di', 'ke', 'serta', 'pada', '&', 'atau', 'yang', 'the', 'of'}
# Parenthesised words that are no acronyms (photo credits, "Baca juga"), and acronyms whose letters the news uses far
# more for something else than the long form defined (NBA, Karo, PP...): one list, with the reason for each, shared
# with the search, which applies it to the acronyms an index defines.
NOT_ACRONYMS_FILE = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'SearchIndex.Core', 'Search', 'Resources', 'not-acronyms.txt')


def not_acronyms():
    with open(NOT_ACRONYMS_FILE, encoding='utf-8') as f:
        return {line.split('#')[0].strip() for line in f} - {''}


NOT_ACRONYMS = not_acronyms()
DEFINITION = re.compile(r"((?:[^\W_][\w'’-]*\s+){1,%d})\(([A-Za-z][A-Za-z0-9-]{1,11})\)" % MAX_WORDS)
WORD = re.compile(r"[^\W_][\w'’-]*")
READ_ALSO = re.compile(r'baca\s+juga\s*(?::|$)', re.IGNORECASE)


def spelled_by(acronym, words, max_pieces):
    """Whether the acronym is spelled, in order, by pieces of the words, at most max_pieces per word (module doc)."""
    a = acronym.replace('-', '')
    ws = [w.strip("'’-") for w in words]

    @lru_cache(None)
    def rest(i, j, pieces, after):
        # a[i:] is spelled by ws[j:], ws[j] having given `pieces` pieces so far, the last one ending at `after`
        if j == len(ws):
            return i == len(a)
        w = ws[j]
        if pieces > 0 and rest(i, j + 1, 0, 0):
            return True
        if pieces == 0 and w in SKIPPABLE and rest(i, j + 1, 0, 0):
            return True
        if pieces == max_pieces:
            return False
        starts = [0] if (j == 0 and pieces == 0) else range(after + 1 if pieces else 0, len(w))
        for s in starts:
            for e in range(s + 1, len(w) + 1):
                if i + e - s > len(a) or a[i + e - s - 1] != w[e - 1]:
                    break
                if rest(i + e - s, j, pieces + 1, e):
                    return True
        return False

    return rest(0, 0, 0, 0)


def long_form(acronym, words):
    """The shortest run of the words' last ones that spells the acronym, one piece per word if any run can; or None."""
    for max_pieces in (1, 2):
        for k in range(2, len(words) + 1):
            span = [w.lower() for w in words[-k:]]
            if any(len(w) > MAX_WORD_CHARS for w in span):
                break  # a longer run holds the same word
            if span[0] not in SKIPPABLE and spelled_by(acronym, span, max_pieces):
                return ' '.join(span)
    return None


def paragraphs(text):
    """The article's paragraphs as the index has them, near enough: the lines after the title, "Baca juga" links left
    out. Read one by one, as the index reads them (IndexAcronyms), so that both count definitions alike."""
    lines = [line.strip() for line in re.split(r'[\r\n]', text) if line.strip()]
    return [line for line in lines[1:] if not READ_ALSO.match(line)]


def lexicon_roots():
    path = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'SearchIndex.Core', 'Analysis', 'Resources', 'id-lexicon.txt.gz')
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return {line.split('\t')[1] for line in f if line.startswith('r\t')}


def main(corpus):
    roots = lexicon_roots()
    contexts = collections.defaultdict(set)
    texts = []
    for name in sorted(n for n in os.listdir(corpus) if n.endswith('.txt')):
        with open(os.path.join(corpus, name), encoding='utf-8', errors='replace') as f:
            text = f.read()
        texts.append(text)
        for paragraph in paragraphs(text):
            for m in DEFINITION.finditer(paragraph):
                acronym = m.group(2).lower()
                if acronym in NOT_ACRONYMS:
                    continue
                found = long_form(acronym, m.group(1).split())
                if found:
                    # The words around the definition in its paragraph, so that copies of one text count once.
                    before = WORD.findall(paragraph[max(0, m.start() - 200):m.start()].lower())[-CONTEXT_WORDS:]
                    after = WORD.findall(paragraph[m.end():m.end() + 200].lower())[:CONTEXT_WORDS]
                    contexts[(acronym, found)].add(' '.join(before + ['|'] + after))
    definitions = collections.Counter({pair: len(seen) for pair, seen in contexts.items()})
    acronyms = {a for a, _ in definitions}
    uses = collections.Counter()
    lower_uses = collections.Counter()
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
    for (a, form), c in definitions.items():
        least = MIN_DEFINITIONS_SHORT if len(a.replace('-', '')) <= 2 else MIN_DEFINITIONS
        if c < least or c < MIN_SHARE * per_acronym[a] or per_acronym[a] < MIN_DEFINED_SHARE * uses[a]:
            continue
        common = a in roots or len(a) <= 2
        if common and lower_uses[a] > MAX_LOWERCASE * uses[a]:
            continue
        kept.append((a, form, c))
    for a, form, c in sorted(kept):
        print(f'{a}\t{form}\t{c}')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: mine-acronyms.py CORPUS_DIR')
    main(sys.argv[1])
