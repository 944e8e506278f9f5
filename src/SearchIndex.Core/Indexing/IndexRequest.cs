namespace SearchIndex.Core.Indexing;

/// <summary>What to index and where.</summary>
/// <param name="CorpusPaths">Folders (walked recursively) and single files.</param>
/// <param name="IndexDirectory">The index folder; created when missing.</param>
/// <param name="Rebuild">Start from an empty index instead of updating the existing one.</param>
public sealed record IndexRequest(IReadOnlyList<string> CorpusPaths, string IndexDirectory, bool Rebuild = false);
