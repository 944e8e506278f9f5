using System.Buffers;
using Lucene.Net.Analysis.CharFilters;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// Reads a symbol as the word it stands for, before the tokenizer drops it: <c>%</c> is <c>persen</c>. Indonesian news
/// writes a share both ways (in the shared corpus a number and <c>%</c> 3,081 times, a number and <c>persen</c> 4,093
/// times), and the tokenizer kept nothing of <c>%</c>, so <c>"10 persen"</c> missed every <c>10%</c> and a query
/// <c>50%</c> was the bare number, matching every <c>50</c>. Now both spellings are the same two words, in phrases
/// too. The word is read with a space before it (<c>10%</c> is <c>10 persen</c>, never the one word <c>10persen</c>),
/// and the character filter maps its offsets back onto the symbol, so a highlight marks the <c>%</c> itself.
/// </summary>
public static class SymbolWords
{
    /// <summary>Each symbol and what the tokenizer reads instead; the leading space makes it a word of its own.</summary>
    public static readonly IReadOnlyDictionary<string, string> Readings = new Dictionary<string, string>
    {
        ["%"] = " persen",
    };

    private static readonly SearchValues<char> Symbols = SearchValues.Create(string.Concat(Readings.Keys));

    /// <summary>The reader the tokenizer reads: the text with each symbol read as its word.</summary>
    public static TextReader Filter(TextReader reader) => new SymbolFilter(reader);

    /// <summary>
    /// What Lucene's <see cref="MappingCharFilter"/> over <see cref="Readings"/> did, character for character and
    /// offset for offset, without its cost: it looked every character up in a dictionary keyed by <c>char?</c> and
    /// allocated a 16 KB buffer per field value, 5–6 % of an index build's CPU. Every symbol is one character, so a
    /// vectorized search for the next one and a copy of the run before it is all a read needs.
    /// </summary>
    private sealed class SymbolFilter(TextReader input) : BaseCharFilter(input)
    {
        private readonly char[] _chunk = new char[256];
        private readonly char[] _one = new char[1];
        private int _chunkStart;
        private int _chunkEnd;
        private int _inputOffset;
        private string _reading = "";
        private int _readingAt;

        public override int Read(char[] buffer, int index, int count)
        {
            var written = 0;
            while (written < count)
            {
                if (_readingAt < _reading.Length)
                {
                    buffer[index + written++] = _reading[_readingAt++];
                    continue;
                }

                if (_chunkStart == _chunkEnd)
                {
                    var read = m_input.Read(_chunk, 0, _chunk.Length);
                    if (read <= 0)
                    {
                        break;
                    }

                    _chunkStart = 0;
                    _chunkEnd = read;
                }

                var run = _chunk.AsSpan(_chunkStart, Math.Min(_chunkEnd - _chunkStart, count - written));
                var symbol = run.IndexOfAny(Symbols);
                var plain = symbol < 0 ? run.Length : symbol;
                run[..plain].CopyTo(buffer.AsSpan(index + written));
                written += plain;
                _chunkStart += plain;
                _inputOffset += plain;
                if (symbol >= 0)
                {
                    StartReading(Readings[_chunk[_chunkStart].ToString()]);
                    _chunkStart++;
                }
            }

            // As MappingCharFilter (and Java's Reader): -1, not 0, once nothing is left.
            return written == 0 ? -1 : written;
        }

        public override int Read() => Read(_one, 0, 1) < 1 ? -1 : _one[0];

        /// <summary>Consumes the symbol and records its offsets as MappingCharFilter does for a longer reading:
        /// every character after the first maps back onto the symbol. (Every reading is longer: a test checks it.)</summary>
        private void StartReading(string reading)
        {
            _inputOffset++;
            var previous = LastCumulativeDiff;
            var outputStart = _inputOffset - previous;
            for (var extra = 0; extra < reading.Length - 1; extra++)
            {
                AddOffCorrectMap(outputStart + extra, previous - extra - 1);
            }

            _reading = reading;
            _readingAt = 0;
        }
    }
}
