using System.Security.Cryptography;

namespace SearchIndex.Core.Corpus;

/// <summary>The digest that tells an unchanged article from a changed one: SHA-256 of its bytes, 128 bits in hex.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
