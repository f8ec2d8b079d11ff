namespace StageAware;

/// <summary>The rule for stage names, checked wherever a stage enters.</summary>
public static class StageName
{
    /// <summary>
    /// The longest stage name. With an app name of up to <see cref="AppName.MaxLength"/> characters, the prefix
    /// <c>{stage}-{app}-</c> leaves room in a 63-character S3 bucket name and a 64-character Lambda or IAM name.
    /// </summary>
    public const int MaxLength = 16;

    /// <summary>The stage used where no other can be had (CI, tests).</summary>
    public const string Default = "dev";

    /// <summary>The rule, as said in error messages.</summary>
    public const string Rule =
        "a letter first, then letters, digits and hyphens, at most 16 characters (for example dev, prod, pr-42)";

    /// <summary>True when <paramref name="stage"/> follows the rule.</summary>
    public static bool IsValid(string? stage) => NameRules.IsIdentifier(stage, MaxLength);

    /// <summary>Returns the stage, or throws the error that names its source and the rule.</summary>
    public static string Validate(string? stage, string source)
    {
        if (IsValid(stage))
        {
            return stage!;
        }

        string shown = string.IsNullOrEmpty(stage) ? "an empty stage" : $"stage '{stage}'";
        throw new StageAwareException($"{Capitalize(shown)} (from {source}) is not a valid stage name: use {Rule}.");
    }

    internal static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}

/// <summary>The rule for the app name of <c>stageaware.json</c>.</summary>
public static class AppName
{
    /// <summary>The longest app name.</summary>
    public const int MaxLength = 20;

    /// <summary>The rule, as said in error messages.</summary>
    public const string Rule = "a letter first, then letters, digits and hyphens, at most 20 characters";

    /// <summary>True when <paramref name="name"/> follows the rule.</summary>
    public static bool IsValid(string? name) => NameRules.IsIdentifier(name, MaxLength);
}

internal static class NameRules
{
    public static bool IsIdentifier(string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value) || value!.Length > maxLength || !IsAsciiLetter(value[0]))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
