using System.Security.Cryptography;
using System.Text;

namespace SearchIndex.Core.Corpus;

/// <summary>The digest that tells an unchanged article from a changed one: SHA-256 of its bytes, 128 bits in hex.</summary>
public static class ContentHash
{
    private const int DigestBytes = 16;

    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        return Hex(digest);
    }

    /// <summary>
    /// The digest of a <c>.txt</c> article's text as it is read: a UTF-8 byte-order mark is left out and each line end
    /// (CRLF, or a lone CR) hashed as LF, so the same article delivered again with Windows line ends or a BOM is
    /// unchanged, not re-indexed as "updated". A file with LF ends and no BOM hashes as <see cref="Of"/> does, so
    /// indexes built before keep their hashes. UTF-16 (after its BOM) is hashed as is.
    /// </summary>
    public static string OfText(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return Of(bytes);
        }

        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)'\r') < 0)
        {
            return Of(bytes);
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        while (!bytes.IsEmpty)
        {
            var cr = bytes.IndexOf((byte)'\r');
            if (cr < 0)
            {
                sha.AppendData(bytes);
                break;
            }

            sha.AppendData(bytes[..cr]);
            sha.AppendData("\n"u8);
            bytes = bytes[(cr + 1)..];
            if (bytes is [(byte)'\n', ..])
            {
                bytes = bytes[1..];
            }
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        sha.GetHashAndReset(digest);
        return Hex(digest);
    }

    /// <summary>
    /// The digest of one JSONL line as it is read: a UTF-8 byte-order mark before it and the CR of a CRLF line end are
    /// left out, so a feed delivered again with Windows line ends or a BOM holds the same records, unchanged.
    /// </summary>
    public static string OfLine(ReadOnlySpan<byte> line)
    {
        if (line is [0xEF, 0xBB, 0xBF, ..])
        {
            line = line[3..];
        }

        if (line is [.., (byte)'\r'])
        {
            line = line[..^1];
        }

        return Of(line);
    }

    /// <summary>
    /// The digest of an article whose text hashes to <paramref name="textHash"/> and which <paramref name="row"/> of
    /// its folder's <c>metadata.tsv</c> describes: editing the row changes it, so the update re-indexes the article.
    /// </summary>
    public static string WithMetadata(string textHash, MetadataRow row) => Of(Encoding.UTF8.GetBytes($"{textHash}\n{row.Digest}"));

    /// <summary>
    /// The digest of a JSONL record whose text hashes to <paramref name="textHash"/> and whose publication day was
    /// refused as after today: the line does not change when that day comes, but a fresh build then dates the record
    /// by it, so the record must not hash as indexed then. Until that day it hashes the same at every run (unchanged).
    /// </summary>
    public static string DatedAhead(string textHash) => Of(Encoding.UTF8.GetBytes($"{textHash}\nafter today"));

    /// <summary>
    /// The digest of an article whose text hashes to <paramref name="textHash"/> and names <paramref name="day"/>, the
    /// first of its days after today (<see cref="IndonesianDates.FirstDayAhead(string)"/>): passed over now, it may date
    /// the article once it has come, so the article must not hash as indexed then. Until that day it hashes the same.
    /// </summary>
    public static string WithDayAhead(string textHash, DateOnly day) =>
        Of(Encoding.UTF8.GetBytes($"{textHash}\nahead {day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"));

    private static string Hex(ReadOnlySpan<byte> digest) => Convert.ToHexStringLower(digest[..DigestBytes]);
}
