using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace StageAware;

/// <summary>One explicit name in a synthesized template that does not carry the stage.</summary>
public sealed record NameFinding(string Stack, string Path, string ResourceType, string Property, string Value)
{
    /// <summary>What to do about a name without the stage.</summary>
    public const string Advice =
        "two stages in one account would collide; use app.PhysicalName(...) or app.ExportName(...), or let " +
        "CloudFormation name it.";

    /// <summary>Which name it is: <c>stack/path (type) Property 'value'</c>.</summary>
    public string Subject => $"{Stack}/{Path} ({ResourceType}) {Property} '{Value}'";

    /// <summary>The finding as one line, with what to do.</summary>
    public string Describe(StageNaming naming) =>
        $"{Subject} does not carry the stage prefix '{naming.Prefix}': {Advice}";
}

/// <summary>
/// Reads synthesized templates for explicit physical names and export names that lack the stage prefix,
/// including names built at run time that no analyzer can see. A name made of intrinsic functions is checked as
/// far as its literal start goes; one that starts with a value known only at deploy time is not judged.
/// </summary>
public static class NameAudit
{
    /// <summary>The start of each line the audit writes to stderr when it only warns; the CLI passes them on.</summary>
    public const string LinePrefix = "StageAware audit: ";

    private static readonly Dictionary<string, (string Property, ResourceKind Kind)> Properties = Load();

    /// <summary>The CloudFormation resource types whose name property is audited, with that property.</summary>
    public static IReadOnlyDictionary<string, string> AuditedProperties =>
        Properties.ToDictionary(p => p.Key, p => p.Value.Property);

    /// <summary>The findings of one template of the stack <paramref name="stackName"/>.</summary>
    public static IReadOnlyList<NameFinding> Audit(string stackName, string templateJson, StageNaming naming)
    {
        using JsonDocument template = JsonDocument.Parse(templateJson);
        JsonElement root = template.RootElement;
        var findings = new List<NameFinding>();

        if (root.TryGetProperty("Resources", out JsonElement resources))
        {
            foreach (JsonProperty resource in resources.EnumerateObject())
            {
                string type = resource.Value.TryGetProperty("Type", out JsonElement t) ? t.GetString() ?? "" : "";
                if (!Properties.TryGetValue(type, out var audited) ||
                    !resource.Value.TryGetProperty("Properties", out JsonElement props) ||
                    !props.TryGetProperty(audited.Property, out JsonElement name))
                {
                    continue;
                }

                Check(findings, naming, stackName, PathOf(resource), type, audited.Property, name);
            }
        }

        if (root.TryGetProperty("Outputs", out JsonElement outputs))
        {
            foreach (JsonProperty output in outputs.EnumerateObject())
            {
                if (output.Value.TryGetProperty("Export", out JsonElement export) &&
                    export.TryGetProperty("Name", out JsonElement name))
                {
                    Check(findings, naming, stackName, "Outputs/" + output.Name, "Export", "Name", name);
                }
            }
        }

        return findings;
    }

    /// <summary>The findings of every template in the cloud assembly at <paramref name="assemblyDirectory"/>.</summary>
    public static IReadOnlyList<NameFinding> AuditAssembly(string assemblyDirectory, StageNaming naming)
    {
        var findings = new List<NameFinding>();
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(assemblyDirectory, "manifest.json")));
        if (!manifest.RootElement.TryGetProperty("artifacts", out JsonElement artifacts))
        {
            return findings;
        }

        foreach (JsonProperty artifact in artifacts.EnumerateObject())
        {
            string type = artifact.Value.GetProperty("type").GetString() ?? "";
            if (!artifact.Value.TryGetProperty("properties", out JsonElement properties))
            {
                continue;
            }

            if (type == "cdk:cloud-assembly")
            {
                string nested = System.IO.Path.Combine(assemblyDirectory, properties.GetProperty("directoryName").GetString()!);
                findings.AddRange(AuditAssembly(nested, naming));
            }
            else if (type == "aws:cloudformation:stack")
            {
                string stackName = properties.TryGetProperty("stackName", out JsonElement n) ? n.GetString()! : artifact.Name;
                string template = System.IO.Path.Combine(assemblyDirectory, properties.GetProperty("templateFile").GetString()!);
                findings.AddRange(Audit(stackName, File.ReadAllText(template), naming));
            }
        }

        return findings;
    }

    private static void Check(
        List<NameFinding> findings, StageNaming naming, string stack, string path, string type, string property, JsonElement name)
    {
        string? start = LiteralStart(name);
        if (start == null)
        {
            return;
        }

        // S3 and some others lower-case the whole name, the stage included.
        bool carriesStage = start.Length >= naming.Prefix.Length
            ? start.StartsWith(naming.Prefix, StringComparison.OrdinalIgnoreCase)
            : !IsComplete(name) && naming.Prefix.StartsWith(start, StringComparison.OrdinalIgnoreCase);
        if (!carriesStage)
        {
            findings.Add(new NameFinding(stack, path, type, property, Show(name)));
        }
    }

    /// <summary>The literal text a name starts with, or null when its start is known only at deploy time.</summary>
    private static string? LiteralStart(JsonElement name)
    {
        switch (name.ValueKind)
        {
            case JsonValueKind.String:
                return name.GetString();
            case JsonValueKind.Object when name.TryGetProperty("Fn::Join", out JsonElement join):
                string separator = join[0].GetString() ?? "";
                var text = new StringBuilder();
                foreach (JsonElement part in join[1].EnumerateArray())
                {
                    if (part.ValueKind != JsonValueKind.String)
                    {
                        // What follows is known only at deploy time: judge the literal start, if any.
                        return text.Length == 0 ? null : text.ToString();
                    }

                    text.Append(part.GetString()).Append(separator);
                }

                return text.Length == 0 ? "" : text.ToString(0, text.Length - separator.Length);
            case JsonValueKind.Object when name.TryGetProperty("Fn::Sub", out JsonElement sub) && sub.ValueKind == JsonValueKind.String:
                string pattern = sub.GetString() ?? "";
                int hole = pattern.IndexOf("${", StringComparison.Ordinal);
                return hole == 0 ? null : hole < 0 ? pattern : pattern.Substring(0, hole);
            default:
                return null;
        }
    }

    private static bool IsComplete(JsonElement name) => name.ValueKind == JsonValueKind.String;

    private static string Show(JsonElement name) => name.ValueKind == JsonValueKind.String
        ? name.GetString()!
        : (LiteralStart(name) ?? "") + "...";

    private static string PathOf(JsonProperty resource)
    {
        // The construct path says where in the code the resource is; the logical id is the fallback.
        if (resource.Value.TryGetProperty("Metadata", out JsonElement metadata) &&
            metadata.TryGetProperty("aws:cdk:path", out JsonElement path) && path.GetString() is { } text)
        {
            int slash = text.IndexOf('/');
            return slash >= 0 ? text.Substring(slash + 1) : text;
        }

        return resource.Name;
    }

    private static Dictionary<string, (string, ResourceKind)> Load()
    {
        using Stream stream = typeof(NameAudit).Assembly.GetManifestResourceStream("StageAware.physical-name-properties.json")
            ?? throw new InvalidDataException("The audited name properties are missing from StageAware.Core.");
        using JsonDocument document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => (p.Value.GetProperty("property").GetString()!, Enum.Parse<ResourceKind>(p.Value.GetProperty("kind").GetString()!)),
            StringComparer.Ordinal);
    }
}
