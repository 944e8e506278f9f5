using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// Splits words the text glued together without a space. The tokenizer (Unicode word rules) keeps a letter, a
/// <c>.</c> or <c>:</c> and a letter as one word, so <c>terakhir.Kalangan</c> (a sentence whose space the scrape lost),
/// <c>B.J.Habibie</c>, <c>Kab.Cianjur</c> and <c>judul:banjir</c> were words no query found by their parts.
/// <list type="bullet">
/// <item>At a <c>:</c> between two letters the word is split into its parts.</item>
/// <item>At a <c>.</c> after a letter, when a capitalised word follows (an upper-case then a lower-case letter), the
/// parts are added and the whole word is kept at the first part's position: its shape alone cannot tell a sentence
/// break from an abbreviation (<c>M.Si</c>, <c>Tempo.Co</c>), and a query typed in lower case (<c>b.j.habibie</c>,
/// <c>tempo.co</c>) is not split, so it still finds the whole word. <c>detik.com</c>, <c>TRIBUNNEWS.COM</c> and
/// <c>S.H</c> are left as they are.</item>
/// <item>A currency glued to its amount (<c>Rp10</c>, <c>Rp1.000.000</c>, <c>USD5</c>; in the shared corpus <c>Rp</c>
/// is glued so 3,791 times, beside 5,179 written apart; <c>USD</c> 782 times) gets the same treatment: the whole word, then the currency and
/// the amount, so <c>"10 juta"</c> and <c>"Rp 10 juta"</c> find <c>Rp10 juta</c> and <c>rp10</c> still finds it whole.</item>
/// </list>
/// The parts follow one another at consecutive positions, with offsets into the written word, so phrases and
/// highlights stay exact; a kept whole word is not counted in the field's length (BM25 discounts overlaps).
/// </summary>
public sealed class GluedWordFilter : TokenFilter
{
    private static readonly string[] GluedCurrencies = ["Rp", "USD", "IDR"];

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly Queue<(int Start, int Length, int Increment)> _pending = new();
    private char[] _word = [];
    private int _wordStart;
    private State? _state;

    public GluedWordFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_state);
            Emit(_pending.Dequeue());
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = _term.Length;
        var pieces = Pieces(_term.Buffer.AsSpan(0, length), _increment.PositionIncrement);
        // The written word's offsets only map onto its characters when nothing before changed its length.
        if (pieces is null || _offset.EndOffset - _offset.StartOffset != length)
        {
            return true;
        }

        _word = ArrayUtil.Grow(_word, length);
        Array.Copy(_term.Buffer, _word, length);
        _wordStart = _offset.StartOffset;
        _state = CaptureState();
        for (var p = 1; p < pieces.Count; p++)
        {
            _pending.Enqueue(pieces[p]);
        }

        Emit(pieces[0]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
    }

    /// <summary>
    /// The tokens <paramref name="word"/> becomes (start, length, position increment; the first one takes
    /// <paramref name="increment"/>, the word's own): the whole word first when it is kept, then its parts. Null when
    /// it stays one token.
    /// </summary>
    public static List<(int Start, int Length, int Increment)>? Pieces(ReadOnlySpan<char> word, int increment)
    {
        if (CurrencyLength(word) is var currency and > 0)
        {
            return [(0, word.Length, increment), (0, currency, 0), (currency, word.Length - currency, 1)];
        }

        List<(int Start, int Length, int Increment)>? pieces = null;
        var keepWhole = false;
        var start = 0;
        for (var i = 1; i + 1 < word.Length; i++)
        {
            if (IsGlue(word, i))
            {
                (pieces ??= []).Add((start, i - start, 1));
                keepWhole |= word[i] == '.';
                start = i + 1;
            }
        }

        if (pieces is null)
        {
            return null;
        }

        pieces.Add((start, word.Length - start, 1));
        if (keepWhole)
        {
            pieces[0] = pieces[0] with { Increment = 0 };
            pieces.Insert(0, (0, word.Length, increment));
        }
        else
        {
            pieces[0] = pieces[0] with { Increment = increment };
        }

        return pieces;
    }

    /// <summary>
    /// The length of the currency <paramref name="word"/> opens when an amount follows it without a space
    /// (<c>Rp10</c>: 2), else 0. Only currencies: a letter glued to a digit is otherwise a name (<c>MH370</c>, <c>G20</c>).
    /// </summary>
    private static int CurrencyLength(ReadOnlySpan<char> word)
    {
        foreach (var currency in GluedCurrencies)
        {
            if (word.Length > currency.Length && char.IsAsciiDigit(word[currency.Length])
                && word.StartsWith(currency, StringComparison.OrdinalIgnoreCase))
            {
                return currency.Length;
            }
        }

        return 0;
    }

    private static bool IsGlue(ReadOnlySpan<char> word, int i) =>
        word[i] switch
        {
            ':' => char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]),
            '.' => char.IsLetter(word[i - 1]) && i + 2 < word.Length && char.IsUpper(word[i + 1]) && char.IsLower(word[i + 2]),
            _ => false,
        };

    private void Emit((int Start, int Length, int Increment) part)
    {
        _term.CopyBuffer(_word, part.Start, part.Length);
        _offset.SetOffset(_wordStart + part.Start, _wordStart + part.Start + part.Length);
        _increment.PositionIncrement = part.Increment;
    }
}
