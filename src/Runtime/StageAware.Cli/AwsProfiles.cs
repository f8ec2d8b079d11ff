using System;
using System.Collections.Generic;
using System.IO;

namespace StageAware.Cli;

/// <summary>
/// The AWS shared config and credentials files, read as the CDK CLI reads them, for the profile's region and to
/// tell an unknown profile before any AWS call.
/// </summary>
internal sealed class AwsProfiles
{
    private readonly Dictionary<string, Dictionary<string, string>> config;
    private readonly Dictionary<string, Dictionary<string, string>> credentials;

    private AwsProfiles(
        Dictionary<string, Dictionary<string, string>> config,
        Dictionary<string, Dictionary<string, string>> credentials)
    {
        this.config = config;
        this.credentials = credentials;
    }

    public static AwsProfiles Load(Func<string, string?> environment)
    {
        string home = NonEmpty(environment("HOME")) ?? NonEmpty(environment("USERPROFILE")) ?? "";
        string configPath = NonEmpty(environment("AWS_CONFIG_FILE")) ?? Path.Combine(home, ".aws", "config");
        string credentialsPath =
            NonEmpty(environment("AWS_SHARED_CREDENTIALS_FILE")) ?? Path.Combine(home, ".aws", "credentials");

        var config = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach ((string section, Dictionary<string, string> values) in ReadIni(configPath))
        {
            // The config file names profiles "profile NAME", except the default one.
            string name = section.StartsWith("profile ", StringComparison.Ordinal)
                ? section.Substring(8).Trim()
                : section;
            config[name] = values;
        }

        var credentials = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach ((string section, Dictionary<string, string> values) in ReadIni(credentialsPath))
        {
            credentials[section] = values;
        }

        return new AwsProfiles(config, credentials);
    }

    public bool Exists(string profile) => config.ContainsKey(profile) || credentials.ContainsKey(profile);

    /// <summary>
    /// The profile's region as the CDK CLI looks it up: the profile in the credentials file, then in the config
    /// file, then the default profile in each.
    /// </summary>
    public string? Region(string profile) =>
        RegionIn(credentials, profile) ?? RegionIn(config, profile)
        ?? RegionIn(credentials, "default") ?? RegionIn(config, "default");

    private static string? RegionIn(Dictionary<string, Dictionary<string, string>> file, string profile) =>
        file.TryGetValue(profile, out var values) && values.TryGetValue("region", out var region) && region.Length > 0
            ? region
            : null;

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static IEnumerable<(string Section, Dictionary<string, string> Values)> ReadIni(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        string? section = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string raw in File.ReadAllLines(path))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';')
            {
                continue;
            }

            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                if (section != null)
                {
                    yield return (section, values);
                }

                section = line.Substring(1, line.Length - 2).Trim();
                values = new Dictionary<string, string>(StringComparer.Ordinal);
                continue;
            }

            int equals = line.IndexOf('=');
            if (section != null && equals > 0)
            {
                values[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
            }
        }

        if (section != null)
        {
            yield return (section, values);
        }
    }
}
