using System.CommandLine;

namespace SearchIndex.Cli.Commands;

/// <summary>The <c>--index</c> option every command shares.</summary>
internal static class IndexOption
{
    public static Option<string> Create() => new Option<string>("--index", "-i")
    {
        Description = "The index folder",
        DefaultValueFactory = _ => Defaults.IndexDirectory,
    }.Path("the index folder");
}
