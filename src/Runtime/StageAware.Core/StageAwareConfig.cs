using System.IO;
using System.Text.Json;

namespace StageAware;

/// <summary>The contents of <c>stageaware.json</c>, which sits beside <c>cdk.json</c>.</summary>
public sealed class StageAwareConfig
{
    /// <summary>The file name.</summary>
    public const string FileName = "stageaware.json";

    /// <summary>The environment variable that points at the file (the CLI sets it for the app it runs).</summary>
    public const string PathVariable = "STAGEAWARE_CONFIG";

    private StageAwareConfig(string path, string name, string? stage, string? region)
    {
        Path = path;
        Name = name;
        Stage = stage;
        Region = region;
    }

    /// <summary>Where the file was read from.</summary>
    public string Path { get; }

    /// <summary>The app name (required): the middle of every <c>{stage}-{app}-{id}</c>.</summary>
    public string Name { get; }

    /// <summary>The default stage, if the file has one.</summary>
    public string? Stage { get; }

    /// <summary>The default region, if the file has one.</summary>
    public string? Region { get; }

    /// <summary>Reads <c>stageaware.json</c> from <paramref name="directory"/>, or throws what is wrong with it.</summary>
    public static StageAwareConfig Load(string directory)
    {
        string path = System.IO.Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new StageAwareException(
                $"No {FileName} in {directory}: create one beside cdk.json with the app name, e.g. {{ \"name\": \"notes\" }}.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses the text of a <c>stageaware.json</c> read from <paramref name="path"/>.</summary>
    public static StageAwareConfig Parse(string json, string path)
    {
        JsonDocument document = JsonText.Parse(json, path, "{ \"name\": \"notes\" }");
        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new StageAwareException($"{path} must hold a JSON object, e.g. {{ \"name\": \"notes\" }}.");
            }

            string? name = ReadString(root, "name", path);
            if (name == null)
            {
                throw new StageAwareException($"{path} has no \"name\": add the app name, e.g. \"name\": \"notes\".");
            }

            if (!AppName.IsValid(name))
            {
                throw new StageAwareException($"The app name '{name}' in {path} is not valid: use {AppName.Rule}.");
            }

            string? stage = ReadString(root, "stage", path);
            if (stage != null)
            {
                StageName.Validate(stage, path);
            }

            string? region = ReadString(root, "region", path);
            if (region != null)
            {
                AwsRegions.Validate(region, path);
            }

            return new StageAwareConfig(path, name, stage, region);
        }
    }

    private static string? ReadString(JsonElement root, string property, string path)
    {
        if (!root.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new StageAwareException($"\"{property}\" in {path} must be a string.");
        }

        return value.GetString();
    }
}
