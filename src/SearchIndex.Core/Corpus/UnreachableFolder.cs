namespace SearchIndex.Core.Corpus;

/// <summary>
/// A corpus folder this run cannot reach, though the index may hold articles from it: a link whose target is gone (so
/// whether it was a folder is unknown), or a mount point with nothing mounted on it now (a share not mounted). The
/// indexed articles whose ids start with <paramref name="Prefix"/> (<c>2019/</c>) are unknown to this run, not deleted:
/// they are kept, and <paramref name="Error"/> is reported.
/// </summary>
public sealed record UnreachableFolder(string Prefix, CorpusFileError Error);
