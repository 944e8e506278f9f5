using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchIndex.Core.Search;

/// <summary>
/// Term checks that see only live documents. <see cref="IndexReader.DocFreq(Term)"/> and the terms dictionary still
/// count an article an update removed or replaced until its segment is merged away, so a filter message built on them
/// would name a deleted article or outlet, and did-you-mean would keep a word only deleted text holds.
/// </summary>
internal static class LiveTerms
{
    /// <summary>Whether a document that is not deleted holds <paramref name="term"/>.</summary>
    public static bool Has(IndexReader reader, Term term)
    {
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), term.Field, term.Bytes, DocsFlags.NONE);
        return docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS;
    }

    /// <summary>Whether a document that is not deleted holds a term of <paramref name="field"/> that starts with <paramref name="prefix"/>.</summary>
    public static bool HasPrefix(IndexReader reader, string field, string prefix)
    {
        if (MultiFields.GetTerms(reader, field)?.GetEnumerator() is not { } terms
            || terms.SeekCeil(new Lucene.Net.Util.BytesRef(prefix)) == TermsEnum.SeekStatus.END)
        {
            return false;
        }

        do
        {
            var text = terms.Term.Utf8ToString();
            if (!text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return false;
            }

            if (Has(reader, new Term(field, text)))
            {
                return true;
            }
        }
        while (terms.MoveNext());

        return false;
    }

    /// <summary>The field's terms that a live document holds, in index order.</summary>
    public static IEnumerable<string> Of(IndexReader reader, string field)
    {
        if (MultiFields.GetTerms(reader, field)?.GetEnumerator() is not { } terms)
        {
            yield break;
        }

        while (terms.MoveNext())
        {
            var text = terms.Term.Utf8ToString();
            if (Has(reader, new Term(field, text)))
            {
                yield return text;
            }
        }
    }
}
