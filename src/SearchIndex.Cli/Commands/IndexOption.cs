using System.CommandLine;

namespace SearchIndex.Cli.Commands;

/// <summary>The <c>--index</c> option every command shares.</summary>
internal static class IndexOption
{
    public static Option<string> Create() => new("--index", "-i")
    {
        Description = "The index folder",
        DefaultValueFactory = _ => Defaults.IndexDirectory,
    };
}
