using System.Buffers;
using System.Text;
using System.Text.Json;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Output;

/// <summary>
/// Writes search results as JSON Lines (<see cref="OutputFormat.JsonLines"/>) or one JSON array
/// (<see cref="OutputFormat.Json"/>). The format is specified in docs/json-output.md; in short:
/// <para>
/// JSON Lines: per query, one <c>{"type":"hit","data":HIT}</c> line per hit in rank order, then one
/// <c>{"type":"summary","data":SUMMARY}</c> line; a query that could not run (strict syntax error in a batch) gives
/// <c>{"type":"error","data":{"query","line"?,"message"}}</c> instead. With <c>--count-by</c>, one
/// <c>{"type":"count","data":{"query","line"?,"by","key","paragraphs","articles"}}</c> line per group replaces the hits,
/// and the summary adds <c>count_by</c> and <c>articles</c>; in JSON the object has <c>counts</c> beside empty <c>hits</c>.
/// </para>
/// <para>
/// HIT: <c>query</c> (string, as given), <c>line</c> (int, 1-based line in the queries file; batch only),
/// <c>rank</c> (int, 1-based, counting the offset), <c>score</c> (number, BM25, higher is better, comparable within one
/// query only), <c>article</c> (string, path relative to the corpus root), <c>title</c> (string), <c>title_matches</c>
/// (ranges into <c>title</c>, as <c>matches</c>), <c>paragraph</c>
/// (int, 0-based ordinal in the article), <c>paragraphs</c> (int, paragraph count of the article), <c>text</c> (string,
/// the FULL paragraph), <c>matches</c> (list of <c>{"start","end"}</c>: half-open ranges of UTF-16 code units into
/// <c>text</c>, sorted by start, non-overlapping, touching ranges merged), <c>snippet</c> (<c>{"text","matches"}</c>:
/// the best sentence-aligned window, "…" where cut, matches relative to the snippet text); when known: <c>date</c>
/// (string <c>yyyy-MM-dd</c>), <c>source</c>, <c>author</c>, <c>url</c>, <c>place</c> (strings; place: the dateline's
/// or the record's); with <c>--fold-similar</c>: <c>similar</c> (list of <c>{"article","paragraph"}</c>, on every hit:
/// the paragraphs ranked below it whose text repeats it, folded into it instead of listed); with <c>--context</c> N &gt; 0:
/// <c>context</c> (<c>{"before":[{"paragraph","text"}],"after":[...]}</c>, on every hit, lists empty where the
/// article has no neighbouring paragraph); with <c>--explain</c>: <c>explain</c>
/// (<c>{"scoring":[string],"stem_matches":[{"word","stem","forms":[string],"stands_in"}]}</c>).
/// </para>
/// <para>
/// SUMMARY: <c>query</c>, <c>line</c> (batch only), <c>total</c> (int, exact count of matching paragraphs),
/// <c>returned</c> (int, hits printed), <c>offset</c> (int), <c>took_ms</c> (number, milliseconds spent in parse,
/// search, fetch, highlighting and context lookup, not output), <c>suggestion</c> (string, a close query that finds
/// something, when nothing matched or a word of the query is in no paragraph), <c>missing</c> (list of strings, the
/// query's words that no paragraph or title holds in any form, and a typed phrase's words none holds as written,
/// lower-cased, in query order; absent when there is none), <c>rooted</c> (a count or a list by date only: the words
/// matched by a root far commoner than themselves, <c>[{"word","root","root_paragraphs","word_paragraphs"}]</c>; absent
/// when there is none).
/// </para>
/// <para>
/// JSON: one array, one object per query: the SUMMARY fields plus <c>hits</c> (list of HIT). Fields may be added,
/// never changed or removed. Strings use relaxed escaping: non-ASCII text is written as is (UTF-8), except characters
/// outside the BMP (emoji, as a <c>\uD83D\uDE00</c> surrogate pair), spaces other than U+0020, U+2028/U+2029 and the
/// few others docs/json-output.md lists.
/// </para>
/// </summary>
public sealed class HitJsonWriter : IResultWriter
{
    private readonly TextWriter _output;
    private readonly bool _lines;
    private readonly bool _context;
    private readonly bool _similar;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;
    private bool _first = true;

    /// <summary>The current JSON element has begun on the output (<see cref="Drain"/>).</summary>
    private bool _started;

    /// <summary>About how much of a large JSON element is held before it is written.</summary>
    private const int PieceBytes = 64 * 1024;

    /// <param name="context">Neighbouring paragraphs were asked for (<c>--context</c>): every hit gets a
    /// <c>context</c> object, so a reader can tell "none there" from "not asked".</param>
    /// <param name="similar">Folding was asked for (<c>--fold-similar</c>): every hit gets a <c>similar</c> list, for the same reason.</param>
    public HitJsonWriter(TextWriter output, OutputFormat format, bool context = false, bool similar = false)
    {
        _output = output;
        _lines = format == OutputFormat.JsonLines;
        _context = context;
        _similar = similar;
        _json = new Utf8JsonWriter(_buffer, JsonText.Options);
    }

    public void Write(SearchResult result)
    {
        if (_lines)
        {
            foreach (var hit in result.Hits)
            {
                Emit(() => Envelope("hit", () => WriteHit(result, hit)));
            }

            foreach (var count in result.Counts ?? [])
            {
                Emit(() => Envelope("count", () => WriteCount(result, count)));
            }

            Emit(() => Envelope("summary", () => WriteSummary(result)));
            return;
        }

        Emit(() =>
        {
            _json.WriteStartObject();
            WriteSummary(result);
            _json.WriteStartArray("hits");
            foreach (var hit in result.Hits)
            {
                _json.WriteStartObject();
                WriteHit(result, hit);
                _json.WriteEndObject();
                if (_buffer.WrittenCount + _json.BytesPending > PieceBytes)
                {
                    Drain(); // a page of a million hits is one object: written as it is made, not held whole
                }
            }

            _json.WriteEndArray();
            if (result.Counts is { } counts)
            {
                _json.WriteStartArray("counts");
                foreach (var count in counts)
                {
                    _json.WriteStartObject();
                    WriteCount(result, count);
                    _json.WriteEndObject();
                }

                _json.WriteEndArray();
            }

            _json.WriteEndObject();
        });
    }

    private void WriteCount(SearchResult result, CountBucket count)
    {
        if (_lines)
        {
            _json.WriteString("query", result.Query);
            WriteLine(result.Line);
        }

        _json.WriteString("by", result.CountBy.Name());
        _json.WriteStringOrNull("key", count.Key);

        _json.WriteNumber("paragraphs", count.Paragraphs);
        _json.WriteNumber("articles", count.Articles);
    }

    public void WriteError(string query, int? line, string message) => Emit(() =>
    {
        void Body()
        {
            _json.WriteString("query", query);
            WriteLine(line);
            _json.WriteString("message", message);
        }

        if (_lines)
        {
            Envelope("error", Body);
        }
        else
        {
            _json.WriteStartObject();
            Body();
            _json.WriteEndObject();
        }
    });

    public void Finish()
    {
        if (!_lines)
        {
            _output.Write(_first ? "[]\n" : "\n]\n");
        }
    }

    /// <summary>
    /// Builds one object in the reused buffer, then writes it to the output in one call; a JSON query object of a large
    /// page goes out in pieces of about <see cref="PieceBytes"/> as its hits are written (<see cref="Drain"/>).
    /// </summary>
    private void Emit(Action write)
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
        _started = false;
        write();
        if (_lines)
        {
            _json.Flush();
            _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan) + "\n");
        }
        else
        {
            Drain();
        }

        _first = false;
    }

    /// <summary>Writes what the buffer holds of the current JSON element (whole tokens, so whole characters) and empties it.</summary>
    private void Drain()
    {
        _json.Flush();
        var text = Encoding.UTF8.GetString(_buffer.WrittenSpan);
        // The array opens with its first element: a query that fails before any (a syntax error) leaves stdout empty,
        // not holding a lone '['.
        _output.Write(_started ? text : (_first ? "[\n" : ",\n") + text);
        _started = true;
        _buffer.ResetWrittenCount();
    }

    private void Envelope(string type, Action data)
    {
        _json.WriteStartObject();
        _json.WriteString("type", type);
        _json.WritePropertyName("data");
        _json.WriteStartObject();
        data();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void WriteSummary(SearchResult result)
    {
        _json.WriteString("query", result.Query);
        WriteLine(result.Line);
        _json.WriteNumber("total", result.Total);
        _json.WriteNumber("returned", result.Hits.Count);
        _json.WriteNumber("offset", result.Hits.Count > 0 ? result.FirstRank - 1 : 0);
        _json.WriteNumber("took_ms", Math.Round(result.Elapsed.TotalMilliseconds, 3));
        if (result.Counts is not null)
        {
            _json.WriteString("count_by", result.CountBy.Name());
        }

        if (result.ArticlesCounted)
        {
            _json.WriteNumber("articles", result.CountedArticles);
        }

        if (result.Suggestion is { } suggestion)
        {
            _json.WriteString("suggestion", suggestion);
        }

        if (result.MissingWords.Count > 0)
        {
            _json.WriteStartArray("missing");
            foreach (var word in result.MissingWords)
            {
                _json.WriteStringValue(word);
            }

            _json.WriteEndArray();
        }

        if (result.WidelyRooted.Count > 0)
        {
            // What stderr's note says, for a script counting words: the count is the root's, not the word's.
            _json.WriteStartArray("rooted");
            foreach (var rooted in result.WidelyRooted)
            {
                _json.WriteStartObject();
                _json.WriteString("word", rooted.Typed);
                _json.WriteString("root", rooted.Root);
                _json.WriteNumber("root_paragraphs", rooted.RootParagraphs);
                _json.WriteNumber("word_paragraphs", rooted.WordParagraphs);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
        }
    }

    private void WriteHit(SearchResult result, SearchHit hit)
    {
        _json.WriteString("query", result.Query);
        WriteLine(result.Line);
        _json.WriteNumber("rank", hit.Rank);
        _json.WriteNumber("score", hit.Score);
        _json.WriteString("article", hit.Article);
        _json.WriteString("title", hit.Title);
        WriteMatches(hit.TitleMatches, "title_matches");
        _json.WriteNumber("paragraph", hit.Paragraph);
        _json.WriteNumber("paragraphs", hit.Paragraphs);
        _json.WriteString("text", hit.Text.Text);
        WriteMatches(hit.Text.Matches);
        _json.WriteStartObject("snippet");
        _json.WriteString("text", hit.Snippet.Text);
        WriteMatches(hit.Snippet.Matches);
        _json.WriteEndObject();
        WriteOptional("date", hit.Date);
        WriteOptional("date_from", hit.DateFrom);
        WriteOptional("source", hit.Source);
        WriteOptional("outlet", hit.Outlet);
        WriteOptional("author", hit.Author);
        WriteOptional("url", hit.Url);
        WriteOptional("place", hit.Place);
        if (_similar)
        {
            _json.WriteStartArray("similar");
            foreach (var similar in hit.Similar)
            {
                _json.WriteStartObject();
                _json.WriteString("article", similar.Article);
                _json.WriteNumber("paragraph", similar.Paragraph);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
        }

        if (_context)
        {
            _json.WriteStartObject("context");
            WriteContext("before", hit.Before);
            WriteContext("after", hit.After);
            _json.WriteEndObject();
        }

        if (hit.Explanation is { } explanation)
        {
            WriteExplanation(explanation);
        }
    }

    private void WriteLine(int? line)
    {
        if (line is { } number)
        {
            _json.WriteNumber("line", number);
        }
    }

    private void WriteOptional(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _json.WriteString(name, value);
        }
    }

    private void WriteMatches(IReadOnlyList<TextRange> matches, string name = "matches")
    {
        _json.WriteStartArray(name);
        foreach (var match in matches)
        {
            _json.WriteStartObject();
            _json.WriteNumber("start", match.Start);
            _json.WriteNumber("end", match.End);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteContext(string name, IReadOnlyList<ContextParagraph> paragraphs)
    {
        _json.WriteStartArray(name);
        foreach (var paragraph in paragraphs)
        {
            _json.WriteStartObject();
            _json.WriteNumber("paragraph", paragraph.Paragraph);
            _json.WriteString("text", paragraph.Text);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteExplanation(HitExplanation explanation)
    {
        _json.WriteStartObject("explain");
        _json.WriteStartArray("scoring");
        foreach (var line in explanation.Scoring)
        {
            _json.WriteStringValue(line);
        }

        _json.WriteEndArray();
        _json.WriteStartArray("stem_matches");
        foreach (var stem in explanation.StemMatches)
        {
            _json.WriteStartObject();
            _json.WriteString("word", stem.Word);
            _json.WriteString("stem", stem.Stem);
            _json.WriteBoolean("stands_in", stem.StandsIn);
            _json.WriteStartArray("forms");
            foreach (var form in stem.Forms)
            {
                _json.WriteStringValue(form);
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }
}
