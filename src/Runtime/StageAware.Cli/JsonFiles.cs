using System.IO;
using System.Text.Json;

namespace StageAware.Cli;

/// <summary>Reads the JSON files of an app folder, with errors that say which file and where.</summary>
internal static class JsonFiles
{
    public static JsonDocument Read(string path, string example)
    {
        string text = File.ReadAllText(path);
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            long line = (e.LineNumber ?? 0) + 1;
            long column = (e.BytePositionInLine ?? 0) + 1;
            throw new StageAwareException($"{path} is not valid JSON at line {line}, column {column}: fix the file, e.g. {example}.", e);
        }
    }

    public static string? OptionalString(JsonElement element, string property, string path)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out JsonElement value) ||
            value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new StageAwareException($"\"{property}\" in {path} must be a string.");
    }
}
