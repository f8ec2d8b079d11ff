using System.IO;
using System.Text.Json;

namespace StageAware.Cli;

/// <summary>Reads the JSON files of an app folder, with errors that say which file and where.</summary>
internal static class JsonFiles
{
    public static JsonDocument Read(string path, string example)
    {
        var options = new JsonDocumentOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        };
        return JsonText.Parse(File.ReadAllText(path), path, example, options);
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
