namespace SearchIndex.Core.Corpus;

/// <summary>
/// A link in a corpus folder whose target is gone, so whether it was a folder is unknown: the indexed articles whose
/// ids start with <paramref name="Prefix"/> (<c>2019/</c>) came from it if any do, and <paramref name="Error"/> is then
/// reported.
/// </summary>
public sealed record BrokenFolderLink(string Prefix, CorpusFileError Error);
