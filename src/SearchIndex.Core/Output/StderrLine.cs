namespace SearchIndex.Core.Output;

/// <summary>
/// How every message reaches stderr: one line, prefixed with the program's name. Messages quote file names and
/// queries as given, and a scraped file name or a batch line can hold a newline or an escape sequence (retitling or
/// clearing the terminal): those are printed as U+FFFD (<see cref="PrintableRenderer.Printable"/>), as in text output.
/// </summary>
public static class StderrLine
{
    public const string Program = "searchindex";

    public static string Of(string message) => $"{Program}: {PrintableRenderer.Printable(message)}";
}
