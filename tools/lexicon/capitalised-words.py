#!/usr/bin/env python3
"""Lists the derived words a corpus writes in lower case but that also appear capitalised.

The stemmer keeps a capitalised word whole when it cannot be sure it is a derivation rather than a name
(`Kediri`, `Kemayoran`), so `Penangkapan` opening a sentence and `Kementerian Kesehatan` kept their whole forms and a
search for `tangkap` or `sehat` missed them. A word the corpus also writes in lower case at least MIN_LOWER times,
whose lower-case form the stemmer derives (a reading hunspell licenses or a guessed one alike: the lower-case form is
stemmed that way already) but whose capitalised form it keeps whole, is a common word (unless, capitalised inside a
sentence, it mostly stands next to one same word: part of a name such as Pangkalan Bun or PDI Perjuangan): the lexicon
lists it (`c` lines, tools/lexicon/build-lexicon.py) and the stemmer derives it capitalised too. Whether the capitalised
form is kept whole is asked of the stemmer itself (`analyze` on the capitalised word), not guessed from its affixes:
`Keberadaan` (ke-ber-…-an) and `Berakhir` (a guessed ber-) were kept whole although their affixes look trusted.

Usage: capitalised-words.py CORPUS_DIR "dotnet path/to/SearchIndex.Cli.dll" > tools/lexicon/capitalised-words.txt
"""
import collections
import json
import os
import re
import subprocess
import sys

MIN_LOWER = 10
# A word whose capitalised uses inside a sentence stand next to one same capitalised word at least this often is part
# of a name (Pangkalan Bun, Front Pembela Islam) and stays whole, when those uses number at least NAME_WEIGHT of its
# lower-case ones; counted only from MIN_INSIDE such uses.
NAME_SHARE = 0.5
NAME_WEIGHT = 0.2
MIN_INSIDE = 5
PUNCTUATION = "\"'\u201c\u201d\u2018\u2019()[],.;:!?"
WORD = re.compile(r"(?<![\w'-])[A-Za-z]+(?![\w'-])")
# The path of a capitalised word the stemmer derives on its own, without this list (a licensed meN-, ber-, ter-, di-, a
# clitic or -kan at the word's start or end; docs/analysis.md).
DERIVED_ANYWAY = "capitalized+"


def capitalised_word(token):
    return token[:1].isupper() and token.isalpha()


def count(corpus):
    """Lower-case uses; capitalised uses; and, for a capitalised word inside a sentence, its capitalised neighbours."""
    lower, capitalised, inside = collections.Counter(), collections.Counter(), collections.Counter()
    neighbours = collections.defaultdict(collections.Counter)
    for folder, _, files in os.walk(corpus):
        for name in files:
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                for line in f.read().split("\n")[1:]:  # the title line is Title Case throughout
                    for word in WORD.findall(line):
                        if word.islower():
                            lower[word] += 1
                        elif word[0].isupper() and word[1:].islower():
                            capitalised[word.lower()] += 1
                    raw = line.split()
                    tokens = [t.strip(PUNCTUATION) for t in raw]
                    for i, token in enumerate(tokens):
                        if i == 0 or raw[i - 1][-1:] in ".!?:\"\u201c" or not (token.isalpha() and token[0].isupper() and token[1:].islower()):
                            continue
                        word = token.lower()
                        inside[word] += 1
                        if capitalised_word(tokens[i - 1]) and raw[i - 1][-1:].isalpha():
                            neighbours[word]["<" + tokens[i - 1]] += 1
                        if i + 1 < len(tokens) and capitalised_word(tokens[i + 1]) and raw[i][-1:].isalpha():
                            neighbours[word][tokens[i + 1] + ">"] += 1
    return lower, capitalised, inside, neighbours


def part_of_a_name(word, lower, inside, neighbours):
    """Written inside one multi-word name (Pangkalan Bun, PDI Perjuangan, Front Pembela Islam, Sebelas Maret) in most
    of its capitalised uses inside sentences, and there often enough beside its lower-case uses to matter."""
    if inside[word] < MIN_INSIDE or not neighbours[word]:
        return False
    name = neighbours[word].most_common(1)[0][1]
    return name >= NAME_SHARE * inside[word] and name >= NAME_WEIGHT * lower[word]


def main():
    corpus, cli = sys.argv[1], sys.argv[2]
    lower, capitalised, inside, neighbours = count(corpus)
    candidates = sorted(w for w in capitalised if lower[w] >= MIN_LOWER and not part_of_a_name(w, lower, inside, neighbours))
    out = subprocess.run(cli.split() + ["analyze", "--words", "-", "--format", "jsonl"],
                         input="\n".join(candidates) + "\n", capture_output=True, text=True, check=True).stdout
    # The same words capitalised, as paragraph text holds them: one token each, in order.
    capitalised_paths = [json.loads(line)["path"] or "" for line in subprocess.run(
        cli.split() + ["analyze", "--format", "jsonl"], input="\n".join(w.capitalize() for w in candidates) + "\n",
        capture_output=True, text=True, check=True).stdout.splitlines()]
    assert len(capitalised_paths) == len(candidates), "one token per capitalised word"
    words = []
    for line, capitalised_path in zip(out.splitlines(), capitalised_paths):
        entry = json.loads(line)
        path, root, word = entry["path"] or "", entry["root"], entry["word"]
        derived = "affix" in path and root != word
        if derived and not capitalised_path.startswith(DERIVED_ANYWAY):
            words.append(word)
    print(f"# Derived words a news corpus writes in lower case (at least {MIN_LOWER} times) and also capitalised;")
    print("# the stemmer derives them capitalised too. Made by tools/lexicon/capitalised-words.py over the shared")
    print(f"# id-news corpus (CC BY / CC BY-SA; word counts only); {len(words)} words.")
    for word in words:
        print(word)


if __name__ == "__main__":
    main()
