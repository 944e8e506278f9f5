namespace SearchIndex.Cli.Tests;

/// <summary>
/// The CLI answers alike in every locale. It is built for invariant globalization, but the environment overrides that
/// (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false</c>, which the .NET SDK's Alpine images set): the process then takes
/// LANG's culture, and Lucene.Net writes the numbers of its explanations in it.
/// </summary>
public sealed class CultureTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public CultureTests()
    {
        // A paragraph under a title holding the word: its title-as-paragraph clause is a disjunction ("max plus 0.1
        // times others of:"), whose tie breaker a decimal-comma locale wrote as 0,1.
        var corpus = _temp.Write("corpus/news.jsonl",
            """
            {"id":"a","title":"Banjir di Istanbul","body":"Banjir besar melanda kota Istanbul pada hari Senin."}
            {"id":"b","title":"Gempa","body":"Gempa mengguncang kota. Banjir tidak terjadi."}

            """);
        var run = CliRun.Of(["index", "--corpus", Path.GetDirectoryName(corpus)!, "--index", _temp.Combine("index"), "--quiet"]);
        Assert.Equal(0, run.Exit);
    }

    [Theory]
    [InlineData("de_DE.UTF-8")] // a decimal comma
    [InlineData("tr_TR.UTF-8")] // a decimal comma, and the dotted and dotless i
    [InlineData("ar_SA.UTF-8")] // another calendar
    [InlineData("th_TH.UTF-8")] // the Buddhist era
    public void Explain_gives_the_same_lines_whatever_the_locale(string locale)
    {
        string[] search = ["dotnet", ChildProcess.CliDll, "search", "banjir", "--index", _temp.Combine("index"), "--explain"];
        var plain = ChildProcess.RunProgram("env", search);
        var local = ChildProcess.RunProgram("env", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false", $"LANG={locale}", $"LC_ALL={locale}", .. search]);

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("= 0.0283 title:banjir^0.3\n", plain.Out); // the second branch, times the tie breaker 0.1
        Assert.Equal(plain, local);
    }

    public void Dispose() => _temp.Dispose();
}
