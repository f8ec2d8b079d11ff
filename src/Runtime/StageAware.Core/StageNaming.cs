namespace StageAware;

/// <summary>
/// The naming convention: stacks, physical names and exports are <c>{stage}-{app}-{name}</c>.
/// </summary>
public sealed class StageNaming
{
    /// <summary>The longest CloudFormation stack name.</summary>
    public const int MaxStackNameLength = 128;

    /// <summary>Creates the naming of one stage of one app; both names must follow their rules.</summary>
    public StageNaming(string stage, string app)
    {
        Stage = StageName.Validate(stage, "the stage");
        App = AppName.IsValid(app) ? app : throw new StageAwareException($"The app name '{app}' is not valid: use {AppName.Rule}.");
    }

    /// <summary>The stage.</summary>
    public string Stage { get; }

    /// <summary>The app name.</summary>
    public string App { get; }

    /// <summary>What every stack name of the stage starts with: <c>{stage}-{app}-</c>.</summary>
    public string Prefix => $"{Stage}-{App}-";

    /// <summary>True when <paramref name="stackName"/> carries this stage's prefix.</summary>
    public bool IsStageStackName(string? stackName) =>
        stackName != null && stackName.Length > Prefix.Length && stackName.StartsWith(Prefix, System.StringComparison.Ordinal);

    /// <summary>The construct id and CloudFormation stack name of the stack <paramref name="id"/>.</summary>
    public string StackName(string id)
    {
        if (!NameRules.IsIdentifier(id, MaxStackNameLength - Prefix.Length))
        {
            throw new StageAwareException(
                $"The stack id '{id}' is not valid: use a letter first, then letters, digits and hyphens, so that " +
                $"'{Prefix}{id}' is a CloudFormation stack name of at most {MaxStackNameLength} characters.");
        }

        return Prefix + id;
    }

    /// <summary>A physical resource name, <c>{stage}-{app}-{name}</c>, for a resource without stricter rules.</summary>
    public string PhysicalName(string name) => Prefix + name;

    /// <summary>
    /// A physical name for a resource of <paramref name="kind"/>: <c>{stage}-{app}-{name}</c> fitted to its rules
    /// (case, characters, length; shortened with a stable hash where it is too long).
    /// </summary>
    public string PhysicalName(string name, ResourceKind kind) => PhysicalNames.Fit(Prefix + name, kind);

    /// <summary>A CloudFormation export name, <c>{stage}-{app}-{name}</c>, fitted to the export rules.</summary>
    public string ExportName(string name) => PhysicalNames.Fit(Prefix + name, ResourceKind.Export);
}
