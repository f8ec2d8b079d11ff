using System.IO;
using System.Text;

namespace StageAware;

/// <summary>
/// A stage of one's own for a checkout, like SST's: derived from the user name on first use and remembered in
/// <c>.stageaware/stage</c> beside <c>stageaware.json</c>. In CI there is no personal stage.
/// </summary>
public static class PersonalStage
{
    /// <summary>The file, relative to the app folder.</summary>
    public static readonly string RelativePath = Path.Combine(".stageaware", "stage");

    /// <summary>
    /// The remembered stage, or a new one derived from <paramref name="userName"/> and remembered; null in CI or when
    /// no valid stage can be derived.
    /// </summary>
    public static string? Resolve(string appDirectory, string? userName, bool isContinuousIntegration)
    {
        if (isContinuousIntegration)
        {
            return null;
        }

        string path = Path.Combine(appDirectory, RelativePath);
        if (File.Exists(path))
        {
            return StageName.Validate(File.ReadAllText(path).Trim(), path);
        }

        string? derived = FromUserName(userName);
        if (derived == null)
        {
            return null;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, derived + "\n");
        }
        catch (IOException)
        {
            // A read-only checkout still gets the derived stage; it is derived the same way next time.
        }
        catch (System.UnauthorizedAccessException)
        {
        }

        return derived;
    }

    /// <summary>Turns a user name into a stage name: lower case, other characters as hyphens, a letter first.</summary>
    public static string? FromUserName(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (char c in userName!.Trim().ToLowerInvariant())
        {
            bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        string stage = builder.ToString().Trim('-');
        while (stage.Length > 0 && !NameRules.IsAsciiLetter(stage[0]))
        {
            stage = stage.Substring(1).TrimStart('-');
        }

        if (stage.Length > StageName.MaxLength)
        {
            stage = stage.Substring(0, StageName.MaxLength).TrimEnd('-');
        }

        return StageName.IsValid(stage) ? stage : null;
    }

    /// <summary>True when the environment says this is a CI run (<c>CI</c> set to anything but false or 0).</summary>
    public static bool IsContinuousIntegration(System.Func<string, string?> environment)
    {
        string? ci = environment("CI");
        return !string.IsNullOrEmpty(ci) && ci != "0" && !string.Equals(ci, "false", System.StringComparison.OrdinalIgnoreCase);
    }
}
