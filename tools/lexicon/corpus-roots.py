#!/usr/bin/env python3
"""Propose roots that hunspell-id lacks, from how a news corpus uses them.

A word is proposed when it is not in the embedded lexicon, the stemmer cannot explain it
(`searchindex analyze` reports `fallback:no-root`), it occurs on its own at least 5 times in
lower case, and the corpus also shows it with at least two productive affixes (di-X, ber-X,
ter-X, meN-X with the nasal assimilated, X-kan, di-X-kan, meN-X-kan, meN-X-i, peN-X-an,
ke-X-an, X-an; X-nya also counts as evidence). meN- counts with the nasal assimilated or, as loans
are written, with the first consonant kept (memposting, mentransfer, mengklaim). That finds loans
and variant spellings in everyday news use (respon: merespon, direspon; rinci: merinci, rincian).
A word seen alone at least 50 times needs only one productive affix besides -nya (akting:
berakting, aktingnya; karakter: berkarakter, karakternya).

The output is a list to review by hand, not to paste: colloquial nasal forms (ngaku, nulis,
nyebut) look like roots with meN- forms by coincidence (ngaku + meN- = mengaku). Accepted
words go into supplement.txt with the others.

Usage (from the repository root, after building the CLI in Release):
    python3 tools/lexicon/corpus-roots.py /path/to/id-news \
        "dotnet src/SearchIndex.Cli/bin/Release/net10.0/SearchIndex.Cli.dll"
Prints `word<TAB>count<TAB>evidence` lines, sorted by word.
"""
import collections
import gzip
import json
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "..", "src", "SearchIndex.Core", "Analysis", "Resources", "id-lexicon.txt.gz")
VOWELS = set("aiueo")
FREQUENT = 50  # a word this common on its own needs only one productive affix besides -nya (karakter: berkarakter)
TOKEN = re.compile(r"[A-Za-z]+")


def lexicon_words():
    with gzip.open(LEXICON, "rt", encoding="utf-8") as f:
        return {parts[1] for parts in (line.rstrip("\n").split("\t") for line in f) if parts[0] in ("r", "n")}


def lower_case_counts(corpus):
    counts = collections.Counter()
    for folder, _, files in os.walk(corpus):
        for name in sorted(files):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    counts.update(w for w in TOKEN.findall(f.read()) if w.islower())
    return counts


def men(root):
    """meN- + root, with the nasal assimilated and k/p/t/s swallowed before a vowel."""
    c, rest = root[0], root[1:]
    swallowed = rest[:1] in VOWELS
    if c in VOWELS or c in "gh":
        return "meng" + root
    if c == "k":
        return "meng" + (rest if swallowed else root)
    if c == "p":
        return "mem" + (rest if swallowed else root)
    if c in "bfv":
        return "mem" + root
    if c == "t":
        return "men" + (rest if swallowed else root)
    if c == "s":
        return "meny" + rest if swallowed else "men" + root
    if c in "cdjz":
        return "men" + root
    return "me" + root


def men_loan(root):
    """meN- + a loan that keeps its voiceless first consonant (memposting, mentransfer, mengklaim, mensurvei)."""
    c = root[0]
    if c == "p":
        return "mem" + root
    if c in "ts":
        return "men" + root
    if c == "k":
        return "meng" + root
    return men(root)


def count_of(counts, forms):
    return max(counts[f] for f in forms)


def derived_forms(root):
    m = {men(root), men_loan(root)}
    ber = "be" + root if root[0] == "r" else "ber" + root
    ter = "te" + root if root[0] == "r" else "ter" + root
    return {
        "di-": {"di" + root}, "ber-": {ber}, "ter-": {ter}, "meN-": m, "-kan": {root + "kan"},
        "di-kan": {"di" + root + "kan"}, "meN-kan": {f + "kan" for f in m}, "meN-i": {f + "i" for f in m},
        "peN-an": {"pe" + f[2:] + "an" for f in m}, "ke-an": {"ke" + root + "an"}, "-an": {root + "an"},
        "-nya": {root + "nya"},
    }


def unexplained(words, cli):
    """The words the stemmer leaves whole for want of a root."""
    text = "\n".join(words) + "\n"
    out = subprocess.run(shlex.split(cli) + ["analyze", "--format", "jsonl"], input=text,
                         capture_output=True, text=True, check=True).stdout
    return {t["word"] for t in map(json.loads, out.splitlines()) if t["path"].startswith("fallback")}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, cli = sys.argv[1], sys.argv[2]
    known = lexicon_words()
    counts = lower_case_counts(corpus)
    proposals = {}
    for word, count in counts.items():
        if len(word) < 4 or count < 5 or word in known:
            continue
        evidence = {k: count_of(counts, f) for k, f in derived_forms(word).items() if count_of(counts, f) >= 2}
        affixes = [k for k in evidence if k != "-nya"]
        frequent = count >= FREQUENT and len(affixes) >= 1 and len(evidence) >= 2
        if (len(affixes) >= 2 and len(evidence) >= 3) or frequent:
            proposals[word] = (count, evidence)
    for word in sorted(unexplained(sorted(proposals), cli)):
        count, evidence = proposals[word]
        print(f"{word}\t{count}\t" + " ".join(f"{k}:{v}" for k, v in evidence.items()))


if __name__ == "__main__":
    main()
