using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace StageAware.Cli;

/// <summary>A CloudFormation stack of a synthesized cloud assembly.</summary>
internal sealed record StackArtifact(
    string ArtifactId,
    string StackName,
    string Environment,
    IReadOnlyDictionary<string, string> Tags,
    string TemplatePath,
    string DisplayName,
    IReadOnlyList<string> Dependencies)
{
    /// <summary>The account of <c>aws://account/region</c>.</summary>
    public string Account => Environment.Split('/')[2];

    /// <summary>The region of <c>aws://account/region</c>.</summary>
    public string Region => Environment.Split('/')[3];
}

/// <summary>Reads the stacks of a cloud assembly, the assemblies of CDK Stages within it included.</summary>
internal static class CloudAssemblyReader
{
    public static IReadOnlyList<StackArtifact> ReadStacks(string assemblyDirectory)
    {
        var stacks = new List<StackArtifact>();
        Read(assemblyDirectory, stacks);
        return stacks;
    }

    private static void Read(string directory, List<StackArtifact> stacks)
    {
        string manifestPath = Path.Combine(directory, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            throw new StageAwareException(
                $"The synth wrote no manifest.json in {directory}: the app must call app.Synth().");
        }

        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        if (!manifest.RootElement.TryGetProperty("artifacts", out JsonElement artifacts))
        {
            return;
        }

        foreach (JsonProperty artifact in artifacts.EnumerateObject())
        {
            JsonElement value = artifact.Value;
            string type = value.GetProperty("type").GetString() ?? "";
            value.TryGetProperty("properties", out JsonElement properties);

            if (type == "cdk:cloud-assembly")
            {
                Read(Path.Combine(directory, properties.GetProperty("directoryName").GetString()!), stacks);
            }
            else if (type == "aws:cloudformation:stack")
            {
                string stackName = JsonFiles.OptionalString(properties, "stackName", manifestPath) ?? artifact.Name;
                var tags = new Dictionary<string, string>(System.StringComparer.Ordinal);
                if (properties.ValueKind == JsonValueKind.Object
                    && properties.TryGetProperty("tags", out JsonElement tagBag))
                {
                    foreach (JsonProperty tag in tagBag.EnumerateObject())
                    {
                        tags[tag.Name] = tag.Value.GetString() ?? "";
                    }
                }

                var dependencies = new List<string>();
                if (value.TryGetProperty("dependencies", out JsonElement dependsOn))
                {
                    foreach (JsonElement dependency in dependsOn.EnumerateArray())
                    {
                        dependencies.Add(dependency.GetString() ?? "");
                    }
                }

                stacks.Add(new StackArtifact(
                    artifact.Name,
                    stackName,
                    value.GetProperty("environment").GetString() ?? "",
                    tags,
                    Path.Combine(directory, properties.GetProperty("templateFile").GetString()!),
                    JsonFiles.OptionalString(value, "displayName", manifestPath) ?? artifact.Name,
                    dependencies));
            }
        }
    }
}
