using System.Text.RegularExpressions;

namespace SearchIndex.Core.Search;

/// <summary>
/// A note for a forgiving-syntax query that types a Lucene boost (<c>banjir^2</c>): the forgiving syntax leaves it out
/// (<see cref="ForgivingQueryParser"/>), and a user who typed it expects it to count.
/// </summary>
public static partial class BoostHint
{
    /// <summary>One line when <paramref name="query"/> types a boost after a word or a phrase, or null.</summary>
    public static string? For(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Typed().Match(query) is { Success: true } boost
            ? $"'{boost.Value}' weights a word only under --syntax lucene; here it is left out, and the words count alike"
            : null;
    }

    /// <summary>A caret and a number, as Lucene writes a boost: <c>^2</c>, <c>^0.5</c>.</summary>
    private const string BoostPattern = @"\^\d+(?:\.\d+)?";

    [GeneratedRegex(BoostPattern)]
    internal static partial Regex Boost();

    // After a word's last character, a closing quote or a group's closing parenthesis ("(a OR b)^2", whose boost the
    // parser leaves out as a word's), and before a space or the end.
    [GeneratedRegex(@"(?<=[\p{L}\p{N}"")])" + BoostPattern + @"(?=\s|$)")]
    private static partial Regex Typed();
}
