using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

public class MetadataTableTests
{
    private const string Dateline = "Judul A\nJakarta, CNN Indonesia -- Polisi menangkap pelaku pada Senin (9/9/2019).\n";

    [Fact]
    public void A_row_gives_its_article_outlet_date_and_url_over_what_the_text_says()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", Dateline);
        temp.Write("corpus/sub/b.txt", "Judul B\nIsi artikel B.\n");
        temp.Write("corpus/feed.jsonl", "{\"id\":\"x\",\"title\":\"Judul X\",\"body\":\"Isi X.\",\"source\":\"Detik\"}\n");
        temp.Write("corpus/metadata.tsv",
            "file\tsource\tdate\turl\na.txt\tTempo.co\t2019-09-10\thttps://t.co/a\nsub/b.txt\tKompas.com\t\t\nfeed.jsonl#x\tAntara\t\t\n");

        new IndexBuilder(Request(temp)).Run();

        var stored = Stored(temp);
        Assert.Equal(("Tempo.co", "2019-09-10", "https://t.co/a"), stored["a.txt"]);
        Assert.Equal(("Kompas.com", null, null), stored["sub/b.txt"]);
        Assert.Equal(("Antara", null, null), stored["feed.jsonl#x"]);
    }

    [Fact]
    public void Each_date_names_where_it_was_read()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/text.txt", Dateline);
        temp.Write("corpus/table.txt", Dateline);
        temp.Write("corpus/feed.jsonl",
            "{\"id\":\"p\",\"body\":\"Isi.\",\"published\":\"2019-09-01\"}\n{\"id\":\"t\",\"body\":\"Pada Senin (9/9/2019) hujan.\"}\n{\"id\":\"n\",\"body\":\"Isi.\"}\n");
        temp.Write("corpus/metadata.tsv", "file\tdate\ntable.txt\t2019-09-10\n");

        new IndexBuilder(Request(temp)).Run();

        var (directory, reader) = IndexOpener.Open(temp.Combine("index"));
        using (directory)
        using (reader)
        {
            var dates = Enumerable.Range(0, reader.MaxDoc).Select(reader.Document)
                .ToDictionary(d => d.Get(IndexSchema.Article), d => (d.Get(IndexSchema.Date), d.Get(IndexSchema.DateFrom)));
            Assert.Equal(("2019-09-09", "text"), dates["text.txt"]);
            Assert.Equal(("2019-09-10", "metadata"), dates["table.txt"]);
            Assert.Equal(("2019-09-01", "published"), dates["feed.jsonl#p"]);
            Assert.Equal(("2019-09-09", "text"), dates["feed.jsonl#t"]);
            Assert.Equal((null, null), dates["feed.jsonl#n"]);
        }
    }

    [Fact]
    public void A_record_field_that_cannot_be_read_names_the_row_that_stands_in_for_it()
    {
        using var temp = new TempFolder();
        var outlet = new string('x', 201);
        temp.Write("corpus/feed.jsonl", $"{{\"id\":\"b\",\"body\":\"Isi.\",\"published\":\"kemarin\",\"source\":\"{outlet}\"}}\n");
        temp.Write("corpus/metadata.tsv", "file\tdate\tsource\nfeed.jsonl#b\t2019-09-03\tTempo.co\n");

        var summary = new IndexBuilder(Request(temp)).Run();

        var error = Assert.Single(summary.Errors);
        Assert.Equal("published 'kemarin' is not a date; use yyyy-MM-dd (indexed, dated by metadata.tsv); source is 201 characters long; an outlet's name has at most 200 (indexed with metadata.tsv's)", error.Reason);
        Assert.Equal(("Tempo.co", "2019-09-03", null), Stored(temp)["feed.jsonl#b"]);
    }

    [Fact]
    public void A_table_in_a_subfolder_is_reported_as_not_read()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/2019/a.txt", "Judul A\nIsi A.\n");
        temp.Write("corpus/2019/metadata.tsv", "file\tsource\na.txt\tTempo.co\n");

        var summary = new IndexBuilder(Request(temp)).Run();

        var error = Assert.Single(summary.Errors);
        Assert.Equal(
            $"{Path.Combine(temp.Combine("corpus"), "2019", "metadata.tsv")}: not read: only the metadata.tsv of a folder given to --corpus is; move its rows to that folder's table, each file named by its path from there ('2019/a.txt')",
            error.ToString());
        Assert.Equal((false, true), (error.Skipped, error.OfMetadataTable));
        Assert.Null(Stored(temp)["2019/a.txt"].Source);
    }

    [Fact]
    public void A_table_saved_as_metadata_csv_a_tab_separated_metadata_txt_or_Metadata_tsv_is_reported_as_not_read()
    {
        // A spreadsheet saves a table as .csv, or as tab-separated "Text" with a .txt name. metadata.csv was passed over
        // without a word, and metadata.txt indexed as an article whose rows were paragraphs; neither gave an outlet or date.
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi A.\n");
        temp.Write("corpus/metadata.csv", "file,source\na.txt,Tempo.co\n");
        temp.Write("corpus/sub/metadata.txt", "Catatan tentang arsip ini.\n"); // no table: an article, as before
        var request = Request(temp);

        var csv = Assert.Single(new IndexBuilder(request).Run().Errors);
        temp.Write("corpus/metadata.txt", "file\tsource\r\na.txt\tTempo.co\r\n");
        var txt = new IndexBuilder(request).Run().Errors.Single(e => e.ToString().Contains("metadata.txt", StringComparison.Ordinal));

        Assert.Equal(
            $"{Path.Combine(temp.Combine("corpus"), "metadata.csv")}: not read: a table of outlets and dates is read from a file named metadata.tsv, "
            + "its columns separated by tabs; save it so (a spreadsheet's tab-separated text), or move it out of the corpus folder",
            csv.ToString());
        Assert.Equal(
            $"{Path.Combine(temp.Combine("corpus"), "metadata.txt")}: not read, as an article or as a table: a table of outlets and dates is read from a file named metadata.tsv; rename it so",
            txt.ToString());
        Assert.Equal((false, true), (txt.Skipped, txt.OfMetadataTable));
        Assert.Equal(["a.txt", "sub/metadata.txt"], Stored(temp).Keys.Order(StringComparer.Ordinal));

        File.Delete(temp.Combine("corpus", "metadata.csv"));
        File.Delete(temp.Combine("corpus", "metadata.txt"));
        temp.Write("corpus/Metadata.tsv", "file\tsource\na.txt\tTempo.co\n"); // passed over too, where names have case
        Assert.Equal(
            $"{Path.Combine(temp.Combine("corpus"), "Metadata.tsv")}: not read: a table of outlets and dates is read from a file named metadata.tsv, in lower case; rename it so",
            Assert.Single(new IndexBuilder(request).Run().Errors).ToString());
    }

    [Fact]
    public void A_row_gives_the_headline_over_the_files_first_line()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/slug.txt", "ketua mpr mustahil transportasi\nKetua MPR menilai transportasi daring dan tradisional sulit bersaing bebas.\n");
        temp.Write("corpus/metadata.tsv", "file\ttitle\nslug.txt\tKetua MPR: Mustahil Ojek Daring dan Pangkalan Bersaing Bebas\n");

        new IndexBuilder(Request(temp)).Run();

        var (directory, reader) = IndexOpener.Open(temp.Combine("index"));
        using (directory)
        using (reader)
        {
            var doc = reader.Document(0);
            Assert.Equal("Ketua MPR: Mustahil Ojek Daring dan Pangkalan Bersaing Bebas", doc.Get(IndexSchema.Title));
            Assert.Equal(1, reader.NumDocs); // the slug line was the file's title, replaced: not a paragraph
        }
    }

    [Fact]
    public void Without_a_row_the_article_keeps_what_its_text_says()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", Dateline);
        temp.Write("corpus/b.txt", "Judul B\nIsi B.\n");
        temp.Write("corpus/metadata.tsv", "file\tsource\nb.txt\tTempo.co\nother.txt\tTempo.co\n");

        var summary = new IndexBuilder(Request(temp)).Run();

        Assert.Equal(("CNN Indonesia", "2019-09-09", null), Stored(temp)["a.txt"]);
        Assert.Empty(summary.Errors); // other.txt: a table may describe a larger archive than the folder
    }

    [Fact]
    public void A_table_none_of_whose_rows_names_an_article_is_reported_with_an_id_as_written_here()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/b.txt", "Judul B\nIsi B.\n");
        temp.Write("corpus/a.txt", "Judul A\nIsi A.\n");
        temp.Write("corpus/metadata.tsv", "file\tsource\ncorpus/a.txt\tTempo.co\ncorpus/b.txt\tTempo.co\n");

        var summary = new IndexBuilder(Request(temp)).Run();

        var error = Assert.Single(summary.Errors);
        Assert.Equal(
            $"{Path.Combine(temp.Combine("corpus"), "metadata.tsv")}: none of its 2 rows names an article of this folder ('corpus/a.txt' is none); the 'file' column gives each article's path within the folder, as 'a.txt'",
            error.ToString());
        Assert.False(error.Skipped);
        Assert.Null(Stored(temp)["a.txt"].Source);
        Assert.Single(new IndexBuilder(Request(temp)).Run().Errors); // every run until fixed, unchanged articles too
    }

    [Fact]
    public void A_table_of_one_useless_row_says_so_in_the_singular_and_a_feed_s_example_names_a_record()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", "{\"id\":\"a1\",\"body\":\"Isi A.\"}\n");
        temp.Write("corpus/metadata.tsv", "file\tsource\ncorpus/feed.jsonl#a1\tTempo.co\n");

        var error = Assert.Single(new IndexBuilder(Request(temp)).Run().Errors);

        // 'feed.jsonl' alone, the folder's only file, would name none of its articles: a row gives feed.jsonl#a1.
        Assert.Equal(
            $"{Path.Combine(temp.Combine("corpus"), "metadata.tsv")}: its one row names no article of this folder ('corpus/feed.jsonl#a1' is none); the 'file' column gives each article's path within the folder, as 'feed.jsonl#ID, ID a record's \"id\"'",
            error.ToString());
    }

    [Fact]
    public void A_row_naming_a_feed_rather_than_one_of_its_records_is_reported_not_silently_unused()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", "{\"id\":\"a1\",\"body\":\"Isi A.\"}\n");
        temp.Write("corpus/metadata.tsv", "file\tsource\nfeed.jsonl#a1\tAntara\nfeed.jsonl\tTempo.co\n");

        var error = Assert.Single(new IndexBuilder(Request(temp)).Run().Errors);

        Assert.Equal(
            $"{Path.Combine(temp.Combine("corpus"), "metadata.tsv")}:3: 'feed.jsonl' is a JSONL feed, whose articles are its records: name one as 'feed.jsonl#ID', ID its \"id\"; row skipped",
            error.ToString());
        Assert.Equal("Antara", Stored(temp)["feed.jsonl#a1"].Source);
    }

    [Fact]
    public void Editing_a_row_updates_its_article_and_editing_a_column_the_index_does_not_keep_updates_none()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi B.\n");
        temp.Write("corpus/metadata.tsv", "file\tsource\tcategory\na.txt\tTempo\tNews\nb.txt\tTempo\tNews\n");
        new IndexBuilder(Request(temp)).Run();

        temp.Write("corpus/metadata.tsv", "file\tsource\tcategory\na.txt\tTempo.co\tNews\nb.txt\tTempo\tSport\n");
        var summary = new IndexBuilder(Request(temp)).Run();

        Assert.Equal((0, 1, 1), (summary.Added, summary.Updated, summary.Unchanged));
        Assert.Equal("Tempo.co", Stored(temp)["a.txt"].Source);

        File.Delete(temp.Combine("corpus", "metadata.tsv"));
        Assert.Equal(2, new IndexBuilder(Request(temp)).Run().Updated);
        Assert.Null(Stored(temp)["a.txt"].Source);
    }

    [Fact]
    public void A_table_that_cannot_be_used_stops_the_run_before_the_index_changes()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi A.\n");
        temp.Write("corpus/metadata.tsv", "file\tsource\na.txt\tTempo\n");
        new IndexBuilder(Request(temp)).Run();
        temp.Write("corpus/b.txt", "Judul B\nIsi B.\n");

        temp.Write("corpus/metadata.tsv", "berkas\tsource\na.txt\tKompas\n");
        var refused = Assert.Throws<SearchIndexException>(() => new IndexBuilder(Request(temp)).Run());
        Assert.StartsWith(Path.Combine(temp.Combine("corpus"), "metadata.tsv") + ":1: no 'file' column", refused.Message);

        File.WriteAllBytes(temp.Combine("corpus", "metadata.tsv"), [.. "file\tsource\na.txt\tKompas"u8, 0xFF, (byte)'\n']);
        refused = Assert.Throws<SearchIndexException>(() => new IndexBuilder(Request(temp)).Run());
        Assert.Contains("metadata.tsv: not valid UTF-8; save it as UTF-8", refused.Message);

        File.WriteAllBytes(temp.Combine("corpus", "metadata.tsv"), System.Text.Encoding.Unicode.GetBytes("file\tsource\na.txt\tKompas\n"));
        refused = Assert.Throws<SearchIndexException>(() => new IndexBuilder(Request(temp)).Run());
        Assert.Contains("metadata.tsv:1: NUL bytes: it looks like UTF-16 without a byte-order mark", refused.Message);

        File.WriteAllBytes(temp.Combine("corpus", "metadata.tsv"), []);
        refused = Assert.Throws<SearchIndexException>(() => new IndexBuilder(Request(temp)).Run());
        Assert.Contains("metadata.tsv: empty file; nothing was indexed", refused.Message);

        var stored = Stored(temp);
        Assert.Equal(["a.txt"], stored.Keys);
        Assert.Equal("Tempo", stored["a.txt"].Source);
    }

    [Fact]
    public void A_table_that_is_a_broken_link_is_named_so()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi A.\n");
        File.CreateSymbolicLink(temp.Combine("corpus", "metadata.tsv"), temp.Combine("gone.tsv"));

        var refused = Assert.Throws<SearchIndexException>(() => new IndexBuilder(Request(temp)).Run());

        Assert.Equal($"{Path.Combine(temp.Combine("corpus"), "metadata.tsv")}: cannot read: it is a broken link (to '{temp.Combine("gone.tsv")}'); point it at the file or delete it; nothing was indexed (fix it, or move it out of the corpus folder)", refused.Message);
    }

    [Fact]
    public void Row_errors_are_in_the_summary_and_the_article_is_indexed()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi A.\n");
        temp.Write("corpus/metadata.tsv", "file\tsource\tdate\na.txt\tTempo\tkemarin\n");

        var summary = new IndexBuilder(Request(temp)).Run();

        Assert.Equal(1, summary.Added);
        var error = Assert.Single(summary.Errors);
        Assert.Equal((2, false), (error.Line, error.Skipped));
        Assert.EndsWith(Path.Combine("corpus", "metadata.tsv"), error.Path);
        Assert.Equal("Tempo", Stored(temp)["a.txt"].Source);
    }

    [Fact]
    public void Rows_naming_files_the_folder_does_not_hold_are_neither_kept_nor_reported()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi A.\n");
        temp.Write("corpus/feed.jsonl", "{\"id\":\"x\",\"title\":\"Judul X\",\"body\":\"Isi X.\"}\n");
        temp.Write("corpus/metadata.tsv",
            "file\tsource\tdate\na.txt\tTempo\t\nfeed.jsonl#x\tAntara\t\narsip/b.txt\tKompas\t43747\narsip/b.txt\tKompas\t\nother.jsonl#x\tDetik\tkemarin\n");

        var summary = new IndexBuilder(Request(temp)).Run();

        Assert.Empty(summary.Errors);
        Assert.Equal(("Tempo", "Antara"), (Stored(temp)["a.txt"].Source, Stored(temp)["feed.jsonl#x"].Source));
    }

    [Fact]
    public void The_table_of_a_folder_read_under_another_corpus_folder_is_not_read()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/sub/a.txt", "Judul A\nIsi A.\n");
        temp.Write("corpus/metadata.tsv", "file\tsource\nsub/a.txt\tTempo\n");
        temp.Write("corpus/sub/metadata.tsv", "berkas\tsource\na.txt\tKompas\n");

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus"), temp.Combine("corpus", "sub")], temp.Combine("index"))).Run();

        Assert.Equal((1, 0), (summary.Added, summary.Errors.Count));
        Assert.Equal("Tempo", Stored(temp)["sub/a.txt"].Source);
    }

    private static IndexRequest Request(TempFolder temp) => new([temp.Combine("corpus")], temp.Combine("index"));

    /// <summary>Each live article's stored outlet, date and URL.</summary>
    private static Dictionary<string, (string? Source, string? Date, string? Url)> Stored(TempFolder temp)
    {
        var (directory, reader) = IndexOpener.Open(temp.Combine("index"));
        using (directory)
        using (reader)
        {
            var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
            return Enumerable.Range(0, reader.MaxDoc).Where(d => live?.Get(d) ?? true).Select(reader.Document)
                .GroupBy(doc => doc.Get(IndexSchema.Article))
                .ToDictionary(g => g.Key, g => ((string?)g.First().Get(IndexSchema.Source), (string?)g.First().Get(IndexSchema.Date), (string?)g.First().Get(IndexSchema.Url)));
        }
    }
}
