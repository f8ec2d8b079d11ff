using System.Text;
using System.Text.Json;

namespace StageAware;

/// <summary>Parses the JSON files users write, with an error that says which file and where, as an editor counts.</summary>
public static class JsonText
{
    /// <summary>Parses <paramref name="text"/>, read from <paramref name="path"/>; the error shows <paramref name="example"/>.</summary>
    public static JsonDocument Parse(string text, string path, string example, JsonDocumentOptions options = default)
    {
        try
        {
            return JsonDocument.Parse(text, options);
        }
        catch (JsonException e)
        {
            // The parser counts lines from zero and columns in UTF-8 bytes; an editor counts both from one, in characters.
            int line = (int)(e.LineNumber ?? 0);
            int column = CharacterColumn(text, line, (int)(e.BytePositionInLine ?? 0)) + 1;
            throw new StageAwareException(
                $"{path} is not valid JSON at line {line + 1}, column {column}: fix the file, e.g. {example}.", e);
        }
    }

    private static int CharacterColumn(string text, int line, int bytes)
    {
        string[] lines = text.Split('\n');
        if (line >= lines.Length)
        {
            return bytes;
        }

        byte[] encoded = Encoding.UTF8.GetBytes(lines[line]);
        return bytes >= encoded.Length ? lines[line].Length : Encoding.UTF8.GetCharCount(encoded, 0, bytes);
    }
}
