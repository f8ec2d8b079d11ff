using System;

namespace StageAware;

/// <summary>A resolved value and where it came from, for messages.</summary>
public sealed record Resolved(string Value, string Source);

/// <summary>Everything the stage and region can come from, in no particular order.</summary>
public sealed class ResolutionInput
{
    /// <summary>The <c>--stage</c> option of the CLI.</summary>
    public string? StageOption { get; init; }

    /// <summary>The <c>--region</c> option of the CLI.</summary>
    public string? RegionOption { get; init; }

    /// <summary>The context key <c>stage</c> (<c>-c stage=...</c> or <c>cdk.json</c>).</summary>
    public string? StageContext { get; init; }

    /// <summary>The context key <c>region</c>.</summary>
    public string? RegionContext { get; init; }

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> Environment { get; init; } = _ => null;

    /// <summary>The app's <c>stageaware.json</c>.</summary>
    public StageAwareConfig? Config { get; init; }

    /// <summary>The personal stage of this checkout, asked for only when nothing before it gives a stage.</summary>
    public Func<string?> PersonalStage { get; init; } = () => null;

    /// <summary>The region of the AWS profile, as the CDK CLI resolves it.</summary>
    public string? ProfileRegion { get; init; }
}

/// <summary>The precedence of PRODUCT.md, in one place, for the runtime and the CLI alike.</summary>
public static class Resolution
{
    /// <summary>The environment variable that names the stage.</summary>
    public const string StageVariable = "STAGEAWARE_STAGE";

    /// <summary>The region used when no source gives one.</summary>
    public const string DefaultRegion = "us-east-1";

    /// <summary>
    /// The stage: <c>--stage</c>, context <c>stage</c>, <c>STAGEAWARE_STAGE</c>, <c>stageaware.json</c>, the personal
    /// stage, then <c>dev</c>. The winner is validated; a bad one is an error, never skipped.
    /// </summary>
    public static Resolved Stage(ResolutionInput input)
    {
        Resolved resolved = First(
            (input.StageOption, "--stage"),
            (input.StageContext, "context 'stage'"),
            (NonEmpty(input.Environment(StageVariable)), StageVariable),
            (input.Config?.Stage, input.Config?.Path ?? StageAwareConfig.FileName))
            ?? Personal(input)
            ?? new Resolved(StageName.Default, "the default");

        StageName.Validate(resolved.Value, resolved.Source);
        return resolved;
    }

    /// <summary>
    /// The region: <c>--region</c>, context <c>region</c>, <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>,
    /// <c>stageaware.json</c>, the profile's region, then <c>us-east-1</c>.
    /// </summary>
    public static Resolved Region(ResolutionInput input)
    {
        Resolved resolved = First(
            (input.RegionOption, "--region"),
            (input.RegionContext, "context 'region'"),
            (NonEmpty(input.Environment("AWS_REGION")), "AWS_REGION"),
            (NonEmpty(input.Environment("AWS_DEFAULT_REGION")), "AWS_DEFAULT_REGION"),
            (input.Config?.Region, input.Config?.Path ?? StageAwareConfig.FileName),
            (NonEmpty(input.ProfileRegion), "the AWS profile"))
            ?? new Resolved(DefaultRegion, "the default");

        AwsRegions.Validate(resolved.Value, resolved.Source);
        return resolved;
    }

    /// <summary>
    /// The account: only from the credentials at deploy time, as the CDK CLI passes them in
    /// <c>CDK_DEFAULT_ACCOUNT</c>; null when unknown.
    /// </summary>
    public static string? Account(Func<string, string?> environment)
    {
        string? account = NonEmpty(environment("CDK_DEFAULT_ACCOUNT"));
        if (account == null)
        {
            return null;
        }

        if (account.Length != 12 || !IsDigits(account))
        {
            throw new StageAwareException(
                "CDK_DEFAULT_ACCOUNT is not a 12-digit AWS account id: unset it and let the CDK CLI set it from the credentials.");
        }

        return account;
    }

    private static Resolved? Personal(ResolutionInput input)
    {
        string? personal = input.PersonalStage();
        return personal == null ? null : new Resolved(personal, "the personal stage (" + StageAware.PersonalStage.RelativePath + ")");
    }

    private static Resolved? First(params (string? Value, string Source)[] candidates)
    {
        foreach ((string? value, string source) in candidates)
        {
            if (value != null)
            {
                return new Resolved(value, source);
            }
        }

        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static bool IsDigits(string value)
    {
        foreach (char c in value)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
