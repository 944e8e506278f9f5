namespace SearchIndex.Core.Indexing;

/// <summary>A progress report during indexing; bytes count the corpus files read so far.</summary>
public sealed record IndexProgress(int ArticlesDone, long BytesDone, long BytesTotal, TimeSpan Elapsed);
