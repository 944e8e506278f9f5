#!/usr/bin/env python3
"""Lists the derived words a corpus writes in lower case but that also appear capitalised.

The stemmer keeps a capitalised word whole when it cannot be sure it is a derivation rather than a name
(`Kediri`, `Kemayoran`), so `Penangkapan` opening a sentence and `Kementerian Kesehatan` kept their whole forms and a
search for `tangkap` or `sehat` missed them. A word the corpus also writes in lower case at least MIN_LOWER times,
whose lower-case form the stemmer derives with affixes hunspell licenses, is a common word: the lexicon lists it
(`c` lines, tools/lexicon/build-lexicon.py) and the stemmer derives it capitalised too.

Usage: capitalised-words.py CORPUS_DIR "dotnet path/to/SearchIndex.Cli.dll" > tools/lexicon/capitalised-words.txt
"""
import collections
import json
import os
import re
import subprocess
import sys

MIN_LOWER = 10
WORD = re.compile(r"(?<![\w'-])[A-Za-z]+(?![\w'-])")
# Derivations the stemmer already trusts on a capitalised word (meN-, ber-, ter-, di-, a clitic or -kan).
CONFIDENT = re.compile(r"meN-|ber-|ter-|di-|-kan|-nya|-ku|-mu|-lah|-kah|-pun|-tah")


def count(corpus):
    lower, capitalised = collections.Counter(), collections.Counter()
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
    return lower, capitalised


def main():
    corpus, cli = sys.argv[1], sys.argv[2]
    lower, capitalised = count(corpus)
    candidates = sorted(w for w in capitalised if lower[w] >= MIN_LOWER)
    out = subprocess.run(cli.split() + ["analyze", "--words", "-", "--format", "jsonl"],
                         input="\n".join(candidates) + "\n", capture_output=True, text=True, check=True).stdout
    words = []
    for line in out.splitlines():
        entry = json.loads(line)
        path, root, word = entry["path"] or "", entry["root"], entry["word"]
        if path.startswith("affix:") and root != word and not CONFIDENT.search(path):
            words.append(word)
    print(f"# Derived words a news corpus writes in lower case (at least {MIN_LOWER} times) and also capitalised;")
    print("# the stemmer derives them capitalised too. Made by tools/lexicon/capitalised-words.py over the shared")
    print(f"# id-news corpus (CC BY / CC BY-SA; word counts only); {len(words)} words.")
    for word in words:
        print(word)


if __name__ == "__main__":
    main()
