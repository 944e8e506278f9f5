#!/usr/bin/env python3
"""Writes the metadata.tsv of the shared id-news corpus from its manifest: outlet, URL and publication day per file.

Usage:
  id-news-metadata.py ../shared/corpora/id-news.manifest.tsv.gz > ID_NEWS_FOLDER/metadata.tsv
  searchindex index --corpus ID_NEWS_FOLDER --index IDX

A .txt article names its outlet only in a dateline or byline (2,702 of the 25,369 articles do), and carries no
publication day: the indexer dates it by its text (docs/corpus-format.md). The manifest has both, but as a
spreadsheet left them: outlets as lower-case keys (`antaranews`, `cnn indonesia`), and 13,321 dates turned into
spreadsheet day numbers (`43747`); of the 5,298 checkable against their URL's day, 659 had their day and month
swapped on the way (10/09/2019 read as 9 October) and 464 were a day or more off. So the day is taken from the URL
where it has one (/2019/09/10/, or Sindonews's Unix time of publication at its end), else from a date written with
its month named or day first (`Sep 10, 2019`, `16/09/2019`), else from a day number whose day is after the 12th,
which no swap gives; the other day numbers without a URL are left out, and those articles keep the date of their
text. Outlets are named as the indexer names them from datelines (`Antara`, `Kompas.com`).

Its examples run with: python3 -m doctest tools/corpus/id-news-metadata.py
"""
import datetime
import gzip
import re
import sys

OUTLETS = {
    'antaranews': 'Antara', 'cnn indonesia': 'CNN Indonesia', 'dailysocial.id': 'DailySocial',
    'fimela.com': 'Fimela.com', 'goal indonesia': 'Goal Indonesia', 'juara.net': 'Juara.net',
    'kapanlagi.com': 'Kapanlagi.com', 'Kompas.com': 'Kompas.com', 'kumparan': 'Kumparan', 'merdeka': 'Merdeka.com',
    'okezone.com': 'Okezone.com', 'posmetro-medan.com': 'Posmetro Medan', 'poskotanews': 'Poskota',
    'rimanews': 'Rimanews', 'sindonews.com': 'Sindonews.com', 'suara': 'Suara.com', 'tempo.co': 'Tempo.co',
    'tribunnews.com': 'Tribunnews.com', 'wowkeren.com': 'Wowkeren.com',
}

MONTHS = {name: number for number, names in enumerate([
    ('januari', 'jan', 'january'), ('februari', 'feb', 'february'), ('maret', 'mar', 'march'), ('april', 'apr'),
    ('mei', 'may'), ('juni', 'jun', 'june'), ('juli', 'jul', 'july'), ('agustus', 'agu', 'aug', 'august'),
    ('september', 'sep', 'sept'), ('oktober', 'okt', 'oct', 'october'), ('november', 'nov'),
    ('desember', 'des', 'dec', 'december')], start=1) for name in names}


# Day 0 of a spreadsheet's 1900 date system, for its day numbers after February 1900 (which count a 29 February 1900).
SPREADSHEET_EPOCH = datetime.date(1899, 12, 30)

# Western Indonesian Time, UTC+7: the day a Jakarta newsroom dates its articles by.
JAKARTA = datetime.timezone(datetime.timedelta(hours=7))


def day(url, written):
    """The publication day as yyyy-mm-dd, or '' when neither the URL nor an unambiguous written date gives one.

    >>> day('http://www.suara.com/bisnis/2017/03/13/201620/x', '')
    '2017-03-13'
    >>> day('https://kolom.tempo.co/read/1247680/berkabung', '16/09/2019')
    '2019-09-16'
    >>> day('https://tekno.tempo.co/read/1249196/x', '43726')  # day number of 18 September 2019: no swap makes it
    '2019-09-18'
    >>> day('https://kolom.tempo.co/read/1247680/berkabung', '43720')  # 12 September, or 9 December swapped
    ''
    >>> day('https://daerah.sindonews.com/read/1439718/174/x-1568474327', '43722')  # 14 Sep 2019 22:18 WIB
    '2019-09-14'
    """
    found = re.search(r'/((?:19|20)\d\d)/(\d\d)/(\d\d)/', url)
    # Sindonews ends its URLs with the Unix time of publication: of the 3,370 with a day number too, it is that day
    # in Jakarta's time 3,158 times, a day off 203 times and 2 to 4 days off 9 times, never swapped.
    published = re.search(r'-(1[0-9]{9})$', url)
    parts = None
    if found:
        parts = tuple(map(int, found.groups()))
    elif published:
        moment = datetime.datetime.fromtimestamp(int(published[1]), JAKARTA)
        parts = (moment.year, moment.month, moment.day)
    elif match := re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})', written):
        parts = (int(match[3]), int(match[2]), int(match[1]))
    elif match := re.fullmatch(r'(\d{1,2}) (\w+) (\d{4})', written):
        parts = (int(match[3]), MONTHS.get(match[2].lower()), int(match[1]))
    elif match := re.fullmatch(r'(\w+) (\d{1,2}), (\d{4})', written):
        parts = (int(match[3]), MONTHS.get(match[1].lower()), int(match[2]))
    elif re.fullmatch(r'\d{5}', written):
        # A swapped day number was a day-first date read month first, so its day is the real month, 12 at most: one
        # whose day is after the 12th was read as written (3,192 of them checkable by URL: 2,839 that day, 353 one
        # to four days later, none swapped).
        number = SPREADSHEET_EPOCH + datetime.timedelta(days=int(written))
        parts = (number.year, number.month, number.day) if number.day > 12 else None
    try:
        return datetime.date(*parts).isoformat() if parts and parts[1] else ''
    except ValueError:
        return ''


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with gzip.open(sys.argv[1], 'rt', encoding='utf-8') as manifest:
        header = manifest.readline().rstrip('\n').split('\t')
        column = {name: header.index(name) for name in ('file', 'source', 'date', 'url')}
        print('file\tsource\tdate\turl')
        for line in manifest:
            fields = line.rstrip('\n').split('\t')
            source = fields[column['source']].strip()
            url = fields[column['url']].strip()
            print('\t'.join((fields[column['file']], OUTLETS.get(source, source),
                             day(url, fields[column['date']].strip()), url)))


if __name__ == '__main__':
    main()
