using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace StageAware;

/// <summary>The regions of every AWS partition, shipped as data (<c>regions.json</c>).</summary>
public static class AwsRegions
{
    private static readonly Dictionary<string, string> PartitionByRegion = Load();

    /// <summary>Every known region name, sorted.</summary>
    public static IReadOnlyList<string> All { get; } = PartitionByRegion.Keys.OrderBy(r => r, System.StringComparer.Ordinal).ToArray();

    /// <summary>True when <paramref name="region"/> is the name of an AWS region.</summary>
    public static bool IsKnown(string? region) => region != null && PartitionByRegion.ContainsKey(region);

    /// <summary>The partition of a known region (<c>aws</c>, <c>aws-cn</c>, ...), or null.</summary>
    public static string? PartitionOf(string region) => PartitionByRegion.TryGetValue(region, out var p) ? p : null;

    /// <summary>Returns the region, or throws the error that names its source and what to do.</summary>
    public static string Validate(string? region, string source)
    {
        if (IsKnown(region))
        {
            return region!;
        }

        string shown = string.IsNullOrEmpty(region) ? "An empty region" : $"Region '{region}'";
        throw new StageAwareException(
            $"{shown} (from {source}) is not an AWS region: use a region name such as us-east-1 or eu-west-1.");
    }

    private static Dictionary<string, string> Load()
    {
        using Stream stream = typeof(AwsRegions).Assembly.GetManifestResourceStream("StageAware.regions.json")
            ?? throw new InvalidDataException("The region list is missing from StageAware.Core.");
        using JsonDocument document = JsonDocument.Parse(stream);

        var result = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (JsonProperty partition in document.RootElement.EnumerateObject())
        {
            foreach (JsonElement region in partition.Value.EnumerateArray())
            {
                result[region.GetString()!] = partition.Name;
            }
        }

        return result;
    }
}
