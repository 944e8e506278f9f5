namespace SearchIndex.Core.Search;

/// <summary>
/// How deep a strict query's <c>( )</c> groups nest. Lucene's classic parser reads each group by recursion, so about
/// 25,000 nested groups (<c>((((…</c>, a generated or corrupted query; a closing bracket is not needed) overflowed
/// the stack and killed the process with "Stack overflow", which no catch can stop: no message, exit 134, and in a
/// batch every later query lost. The groups are counted before the parser sees the text.
/// </summary>
internal static class GroupNesting
{
    /// <summary>
    /// The deepest nesting a query may have: people nest a handful; Elasticsearch's default limit
    /// (<c>indices.query.bool.max_nested_depth</c>) is 20 to 30. Far below the ~25,000 that overflowed.
    /// </summary>
    public const int MaxDepth = 100;

    /// <summary>
    /// The index of the <c>(</c> that opens group <see cref="MaxDepth"/> + 1 in <paramref name="text"/>, or null when
    /// the groups nest no deeper. A bracket escaped (<c>\(</c>) or inside a quoted phrase is text, not a group.
    /// </summary>
    public static int? TooDeepAt(string text)
    {
        var (depth, quoted) = (0, false);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case '(' when !quoted:
                    if (++depth > MaxDepth)
                    {
                        return i;
                    }

                    break;
                case ')' when !quoted && depth > 0:
                    depth--;
                    break;
            }
        }

        return null;
    }
}
