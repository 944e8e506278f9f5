using System.Text.Encodings.Web;
using System.Text.Json;

namespace SearchIndex.Core.Output;

/// <summary>One JSON value written to a string, the way every SearchIndex writer spells JSON.</summary>
public static class JsonText
{
    /// <summary>
    /// Indonesian text stays readable (no <c>\u00e9</c> escapes for non-ASCII); HTML-sensitive characters are still
    /// safe because every consumer is a JSON parser, never an HTML page.
    /// </summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A string field, or <c>null</c> when there is no value: the field is always there for a reader.</summary>
    public static void WriteStringOrNull(this Utf8JsonWriter json, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the JSON it wrote.</summary>
    public static string Serialize(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
