using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace StageAware;

/// <summary>The naming rules of one kind of resource.</summary>
public sealed record PhysicalNameRule(
    ResourceKind Kind,
    string Title,
    int MinLength,
    int MaxLength,
    string Allowed,
    bool LowerCase,
    bool AlphanumericEdges,
    bool LetterFirst,
    bool NoDoubleHyphen,
    string? Suffix)
{
    /// <summary>True when <paramref name="c"/> may appear in a name of this kind.</summary>
    public bool Allows(char c)
    {
        for (int i = 0; i < Allowed.Length; i++)
        {
            if (i + 2 < Allowed.Length && Allowed[i + 1] == '-')
            {
                if (c >= Allowed[i] && c <= Allowed[i + 2])
                {
                    return true;
                }

                i += 2;
            }
            else if (Allowed[i] == c)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Fits a physical name to its resource's rules: case, characters, edges and length. A name that must be shortened
/// keeps its start and ends with a hash of the whole name, so two names that differ only past the cut (two long
/// stages, say) never shorten to the same name, and the same name always shortens the same way.
/// </summary>
public static class PhysicalNames
{
    /// <summary>The length of the hash that ends a shortened name.</summary>
    public const int HashLength = 8;

    private static readonly Dictionary<ResourceKind, PhysicalNameRule> Rules = Load();

    /// <summary>The rules of every kind.</summary>
    public static IReadOnlyCollection<PhysicalNameRule> All => Rules.Values;

    /// <summary>The rules of <paramref name="kind"/>.</summary>
    public static PhysicalNameRule Rule(ResourceKind kind) => Rules[kind];

    /// <summary>Fits <paramref name="name"/> to the rules of <paramref name="kind"/>.</summary>
    public static string Fit(string name, ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        PhysicalNameRule rule = Rules[kind];

        string suffix = rule.Suffix != null && name.EndsWith(rule.Suffix, StringComparison.Ordinal) ? rule.Suffix : "";
        string body = Clean(name.Substring(0, name.Length - suffix.Length), rule);

        int room = rule.MaxLength - suffix.Length;
        if (body.Length > room)
        {
            // The hash is of the whole cleaned name: what the cut removes still decides the name.
            string hash = Hash(body + suffix);
            body = Edges(body.Substring(0, room - HashLength - 1), rule, trimStart: false) + "-" + hash;
        }

        string fitted = body + suffix;
        if (fitted.Length < rule.MinLength)
        {
            throw new StageAwareException(
                $"The {rule.Title} name '{name}' is too short: it needs at least {rule.MinLength} characters.");
        }

        return fitted;
    }

    private static string Clean(string name, PhysicalNameRule rule)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char raw in name)
        {
            char c = rule.LowerCase ? char.ToLowerInvariant(raw) : raw;
            char next = rule.Allows(c) ? c : rule.Allows('-') ? '-' : rule.Allows('_') ? '_' : '\0';
            bool repeat = next == '-' && builder.Length > 0 && builder[builder.Length - 1] == '-' &&
                (rule.NoDoubleHyphen || !rule.Allows(raw));
            if (next != '\0' && !repeat)
            {
                builder.Append(next);
            }
        }

        return Edges(builder.ToString(), rule, trimStart: true);
    }

    private static string Edges(string name, PhysicalNameRule rule, bool trimStart)
    {
        int start = 0, end = name.Length;
        if (trimStart)
        {
            while (start < end && ((rule.AlphanumericEdges && !char.IsLetterOrDigit(name[start])) ||
                (rule.LetterFirst && !IsAsciiLetter(name[start]))))
            {
                start++;
            }
        }

        while (end > start && ((rule.AlphanumericEdges && !char.IsLetterOrDigit(name[end - 1])) || name[end - 1] == '-'))
        {
            end--;
        }

        return name.Substring(start, end - start);
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static string Hash(string name)
    {
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return Convert.ToHexString(digest).Substring(0, HashLength).ToLowerInvariant();
    }

    private static Dictionary<ResourceKind, PhysicalNameRule> Load()
    {
        using Stream stream = typeof(PhysicalNames).Assembly.GetManifestResourceStream("StageAware.physical-names.json")
            ?? throw new InvalidDataException("The physical name rules are missing from StageAware.Core.");
        using JsonDocument document = JsonDocument.Parse(stream);

        var rules = new Dictionary<ResourceKind, PhysicalNameRule>();
        foreach (JsonProperty entry in document.RootElement.EnumerateObject())
        {
            JsonElement r = entry.Value;
            var kind = Enum.Parse<ResourceKind>(entry.Name);
            rules[kind] = new PhysicalNameRule(
                kind,
                r.GetProperty("title").GetString()!,
                r.GetProperty("min").GetInt32(),
                r.GetProperty("max").GetInt32(),
                r.GetProperty("allowed").GetString()!,
                Flag(r, "lower"),
                Flag(r, "alnumEdges"),
                Flag(r, "letterFirst"),
                Flag(r, "noDoubleHyphen"),
                r.TryGetProperty("suffix", out JsonElement suffix) ? suffix.GetString() : null);
        }

        ResourceKind[] missing = Enum.GetValues<ResourceKind>().Where(k => !rules.ContainsKey(k)).ToArray();
        return missing.Length == 0 ? rules : throw new InvalidDataException(
            "physical-names.json has no rules for " + string.Join(", ", missing));
    }

    private static bool Flag(JsonElement rule, string name) => rule.TryGetProperty(name, out JsonElement value) && value.GetBoolean();
}
