using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// Splits words the text glued together without a space. The tokenizer (Unicode word rules) keeps a letter, a
/// <c>.</c> or <c>:</c> and a letter as one word, so <c>terakhir.Kalangan</c> (a sentence whose space the scrape lost),
/// <c>B.J.Habibie</c> and <c>judul:banjir</c> were words no query found. A split is made at a <c>:</c> between two letters,
/// and at a <c>.</c> after a letter when a capitalised word follows (an upper-case then a lower-case letter), which
/// leaves <c>detik.com</c>, <c>TRIBUNNEWS.COM</c> and initials such as <c>S.H</c> whole. The parts follow one another at
/// consecutive positions, with offsets into the written word, so phrases and highlights stay exact.
/// </summary>
public sealed class GluedWordFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly Queue<(int Start, int Length)> _pending = new();
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
            Emit(_pending.Dequeue(), increment: 1);
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = _term.Length;
        var parts = Split(_term.Buffer.AsSpan(0, length));
        // The written word's offsets only map onto its characters when nothing before changed its length.
        if (parts is null || _offset.EndOffset - _offset.StartOffset != length)
        {
            return true;
        }

        _word = ArrayUtil.Grow(_word, length);
        Array.Copy(_term.Buffer, _word, length);
        _wordStart = _offset.StartOffset;
        _state = CaptureState();
        for (var p = 1; p < parts.Count; p++)
        {
            _pending.Enqueue(parts[p]);
        }

        Emit(parts[0], _increment.PositionIncrement);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
    }

    /// <summary>The parts <paramref name="word"/> splits into (start, length), or null when it stays whole.</summary>
    public static List<(int Start, int Length)>? Split(ReadOnlySpan<char> word)
    {
        List<(int Start, int Length)>? parts = null;
        var start = 0;
        for (var i = 1; i + 1 < word.Length; i++)
        {
            if (IsGlue(word, i))
            {
                (parts ??= []).Add((start, i - start));
                start = i + 1;
            }
        }

        parts?.Add((start, word.Length - start));
        return parts;
    }

    private static bool IsGlue(ReadOnlySpan<char> word, int i) =>
        word[i] switch
        {
            ':' => char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]),
            '.' => char.IsLetter(word[i - 1]) && i + 2 < word.Length && char.IsUpper(word[i + 1]) && char.IsLower(word[i + 2]),
            _ => false,
        };

    private void Emit((int Start, int Length) part, int increment)
    {
        _term.CopyBuffer(_word, part.Start, part.Length);
        _offset.SetOffset(_wordStart + part.Start, _wordStart + part.Start + part.Length);
        _increment.PositionIncrement = increment;
    }
}
