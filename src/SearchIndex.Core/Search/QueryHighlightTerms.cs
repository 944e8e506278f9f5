using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// Highlight terms of a strict-syntax query, read from its rewritten form (wildcards expanded to terms). Terms of
/// <c>text</c> mark by stem, of <c>text_exact</c> by surface form; excluded clauses and other fields mark nothing.
/// </summary>
public static class QueryHighlightTerms
{
    public static (HighlightTerms Terms, List<QueryWord> Words) From(Query rewritten)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var surfaces = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new List<HighlightPhrase>();
        Walk(rewritten, stems, surfaces, phrases);
        var words = stems.Select(s => new QueryWord(s, s)).ToList();
        return (new HighlightTerms(stems, surfaces, phrases), words);
    }

    private static void Walk(Query query, HashSet<string> stems, HashSet<string> surfaces, List<HighlightPhrase> phrases)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Walk(clause.Query, stems, surfaces, phrases);
                }

                break;
            case TermQuery term:
                AddTerm(term.Term, stems, surfaces);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms:
                if (terms[0].Field is IndexSchema.Text or IndexSchema.TextExact)
                {
                    phrases.Add(new HighlightPhrase(terms.Select(t => t.Text).ToList(), Stemmed: terms[0].Field == IndexSchema.Text));
                }

                break;
            case ConstantScoreQuery constant when constant.Query is not null:
                Walk(constant.Query, stems, surfaces, phrases);
                break;
            case FilteredQuery filtered:
                Walk(filtered.Query, stems, surfaces, phrases);
                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts)
                {
                    Walk(disjunct, stems, surfaces, phrases);
                }

                break;
            default:
                AddExtracted(query, stems, surfaces);
                break;
        }
    }

    private static void AddExtracted(Query query, HashSet<string> stems, HashSet<string> surfaces)
    {
        var terms = new HashSet<Term>();
        try
        {
            query.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            return; // e.g. a numeric range: nothing to mark in text
        }

        foreach (var term in terms)
        {
            AddTerm(term, stems, surfaces);
        }
    }

    private static void AddTerm(Term term, HashSet<string> stems, HashSet<string> surfaces)
    {
        if (term.Field == IndexSchema.Text)
        {
            stems.Add(term.Text);
        }
        else if (term.Field == IndexSchema.TextExact)
        {
            surfaces.Add(term.Text);
        }
    }
}
