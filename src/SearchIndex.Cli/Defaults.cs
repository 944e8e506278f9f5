namespace SearchIndex.Cli;

/// <summary>Default locations, relative to the current folder (the repository root in the README's commands).</summary>
internal static class Defaults
{
    public const string CorpusDirectory = "corpus";
    public const string IndexDirectory = "index";
}
