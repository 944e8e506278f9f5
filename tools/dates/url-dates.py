#!/usr/bin/env python3
"""How often the date the indexer reads from an article's text is its publication day, for articles whose URL says it.

Usage:
  searchindex search --index IDX --from 1800-01-01 --per-article 1 --top 100000 --format jsonl > dated.jsonl
  url-dates.py dated.jsonl ../shared/corpora/id-news.manifest.tsv.gz

A .txt article carries no date field: the indexer takes the date written in its text (docs/corpus-format.md), which is
the day of the event told, not always the day the article came out. The shared corpus's manifest keeps each article's
URL, and many news URLs hold the publication day (/2019/09/16/); this compares the two. Prints counts by how far the
text's date is from the URL's, and a few of the farthest for reading.
"""
import collections
import datetime
import gzip
import json
import re
import sys


def read_dates(path):
    dates = {}
    with open(path, encoding='utf-8') as hits:
        for line in hits:
            record = json.loads(line)
            if record.get('type') == 'hit' and record['data'].get('date'):
                dates[record['data']['article']] = record['data']['date']
    return dates


def read_url_days(path):
    days = {}
    with gzip.open(path, 'rt', encoding='utf-8') as manifest:
        header = manifest.readline().rstrip('\n').split('\t')
        file_column, url_column = header.index('file'), header.index('url')
        for line in manifest:
            fields = line.rstrip('\n').split('\t')
            found = re.search(r'/((?:19|20)\d\d)/(\d\d)/(\d\d)/', fields[url_column])
            if found:
                days[fields[file_column]] = datetime.date(*map(int, found.groups()))
    return days


def bucket(days_off):
    for limit, name in ((0, 'same day'), (1, '1 day off'), (7, '2-7 days off'), (31, '8-31 days off')):
        if days_off <= limit:
            return name
    return 'more than a month off'


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    text_dates, url_days = read_dates(sys.argv[1]), read_url_days(sys.argv[2])
    counts = collections.Counter()
    farthest = []
    for article, url_day in url_days.items():
        if article not in text_dates:
            counts['undated'] += 1
            continue
        text_day = datetime.date.fromisoformat(text_dates[article])
        days_off = abs((text_day - url_day).days)
        counts[bucket(days_off)] += 1
        farthest.append((days_off, article, text_day, url_day))
    print(f'{len(url_days)} articles with a day in their URL')
    for name in ('same day', '1 day off', '2-7 days off', '8-31 days off', 'more than a month off', 'undated'):
        print(f'{name:24} {counts[name]:6} {100 * counts[name] / len(url_days):5.1f} %')
    for days_off, article, text_day, url_day in sorted(farthest, reverse=True)[:5]:
        print(f'  {article}: text {text_day}, URL {url_day}')


if __name__ == '__main__':
    main()
