using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Amazon.CDK;
using Amazon.CDK.CXAPI;
using Constructs;

namespace StageAware;

/// <summary>
/// A CDK app whose stage, region and account come from the deploy, never from the code. Stacks made through it
/// (or through the generated <c>Add...Stack</c> wiring) get the id and stack name <c>{stage}-{app}-{id}</c>, the
/// stage's environment and the <c>stage</c> and <c>app</c> tags; <see cref="Synth"/> refuses any stack that
/// does not.
/// </summary>
public class StageAwareApp : App
{
    private readonly string? account;
    private readonly bool ciBuild;

    /// <summary>Creates the app, resolving stage, region and account from context, environment and files.</summary>
    public StageAwareApp(IAppProps? props = null)
        : this(props, System.Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory())
    {
    }

    /// <summary>
    /// Creates the app with an explicit environment and app folder (where <c>stageaware.json</c> is looked for),
    /// for tests and for hosts that run several apps in one process.
    /// </summary>
    public StageAwareApp(IAppProps? props, Func<string, string?> environment, string appDirectory)
        : base(props)
    {
        ArgumentNullException.ThrowIfNull(environment);

        string? configPath = environment(StageAwareConfig.PathVariable);
        StageAwareConfig config = string.IsNullOrEmpty(configPath)
            ? StageAwareConfig.Load(appDirectory)
            : StageAwareConfig.Load(Path.GetDirectoryName(Path.GetFullPath(configPath))!);
        string configDirectory = Path.GetDirectoryName(config.Path)!;

        var input = new ResolutionInput
        {
            StageContext = ContextString("stage"),
            RegionContext = ContextString("region"),
            Environment = environment,
            Config = config,
            PersonalStage = () => PersonalStage.Resolve(
                configDirectory, System.Environment.UserName, PersonalStage.IsContinuousIntegration(environment)),
            ProfileRegion = environment("CDK_DEFAULT_REGION"),
        };

        StageSource = Resolution.Stage(input);
        RegionSource = Resolution.Region(input);
        account = Resolution.Account(environment);
        ciBuild = PersonalStage.IsContinuousIntegration(environment);
        Naming = new StageNaming(StageSource.Value, config.Name);

        Amazon.CDK.Tags.Of(this).Add("stage", Stage);
        Amazon.CDK.Tags.Of(this).Add("app", AppName);
    }

    /// <summary>The stage, e.g. <c>prod</c>.</summary>
    public string Stage => StageSource.Value;

    /// <summary>The stage and where it came from.</summary>
    public Resolved StageSource { get; }

    /// <summary>
    /// The region every stack of the stage deploys to. It overrides the CDK's own, so a stack created without an
    /// environment inherits the stage's region as a stack inside a CDK Stage does.
    /// </summary>
    public override string Region => RegionSource.Value;

    /// <summary>The region and where it came from.</summary>
    public Resolved RegionSource { get; }

    /// <summary>
    /// The account of the deploy's credentials (<c>CDK_DEFAULT_ACCOUNT</c>), or null when unknown; stacks inherit it
    /// like <see cref="Region"/>.
    /// </summary>
    public override string? Account => account;

    /// <summary>The app name of <c>stageaware.json</c>.</summary>
    public string AppName => Naming.App;

    /// <summary>The naming convention of this stage.</summary>
    public StageNaming Naming { get; }

    /// <summary>The stage's environment: the resolved region and, when known, the deploy's account.</summary>
    public Amazon.CDK.Environment Env => Account == null
        ? new Amazon.CDK.Environment { Region = Region }
        : new Amazon.CDK.Environment { Account = Account, Region = Region };

    /// <summary>The construct id and stack name of the stack <paramref name="id"/>: <c>{stage}-{app}-{id}</c>.</summary>
    public string StackName(string id) => Naming.StackName(id);

    /// <summary>A physical resource name for this stage: <c>{stage}-{app}-{name}</c>.</summary>
    public string PhysicalName(string name) => Naming.PhysicalName(name);

    /// <summary>
    /// A physical name for a resource of <paramref name="kind"/> in this stage: <c>{stage}-{app}-{name}</c> fitted
    /// to the resource's rules (an S3 bucket's is lower case and at most 63 characters, for one).
    /// </summary>
    public string PhysicalName(string name, ResourceKind kind) => Naming.PhysicalName(name, kind);

    /// <summary>A CloudFormation export name for this stage: <c>{stage}-{app}-{name}</c>.</summary>
    public string ExportName(string name) => Naming.ExportName(name);

    /// <summary>
    /// Props for the stack <paramref name="id"/>: its stage stack name and the stage's environment, added to
    /// <paramref name="props"/> where they are not set. A value the caller set is kept, so that the check at
    /// synth names it rather than it being silently replaced.
    /// </summary>
    public TProps StackProps<TProps>(string id, TProps props)
        where TProps : Amazon.CDK.StackProps
    {
        ArgumentNullException.ThrowIfNull(props);

        props.StackName ??= StackName(id);
        props.Env ??= Env;
        return props;
    }

    /// <summary>
    /// Props for the stack <paramref name="id"/> built from any <see cref="IStackProps"/>; a
    /// <see cref="Amazon.CDK.StackProps"/> is completed in place, any other implementation is copied.
    /// </summary>
    public IStackProps StackProps(string id, IStackProps? props = null)
    {
        if (props is Amazon.CDK.StackProps concrete)
        {
            return StackProps(id, concrete);
        }

        var copy = new Amazon.CDK.StackProps();
        if (props != null)
        {
            copy.AnalyticsReporting = props.AnalyticsReporting;
            copy.CrossRegionReferences = props.CrossRegionReferences;
            copy.Description = props.Description;
            copy.Env = props.Env;
            copy.PermissionsBoundary = props.PermissionsBoundary;
            copy.StackName = props.StackName;
            copy.SuppressTemplateIndentation = props.SuppressTemplateIndentation;
            copy.Synthesizer = props.Synthesizer;
            copy.Tags = props.Tags;
            copy.TerminationProtection = props.TerminationProtection;
        }

        return StackProps(id, copy);
    }

    /// <summary>The stage-aware app at the root of <paramref name="scope"/>'s tree.</summary>
    public static new StageAwareApp Of(IConstruct scope)
    {
        ArgumentNullException.ThrowIfNull(scope);

        IConstruct root = scope.Node.Root;
        return root as StageAwareApp ?? throw new StageAwareException(
            $"The construct '{scope.Node.Path}' is not in a StageAwareApp: create the app with new StageAwareApp().");
    }

    /// <summary>
    /// Checks every stack of the stage, then writes the cloud assembly. A stack without the stage prefix or
    /// outside the stage's environment stops the synth before anything is written.
    /// </summary>
    public override CloudAssembly Synth(IStageSynthesisOptions? options = null)
    {
        IReadOnlyList<string> problems = StackCheck.Run(this);
        if (problems.Count > 0)
        {
            throw new StageAwareException(StackCheck.Describe(this, problems));
        }

        CloudAssembly assembly = base.Synth(options);
        Audit(assembly.Directory);
        return assembly;
    }

    /// <summary>The context key that sets the audit of names after synth: <c>error</c>, <c>warn</c> or <c>off</c>.</summary>
    public const string AuditContextKey = "stageaware:audit";

    private void Audit(string assemblyDirectory)
    {
        string mode = ContextString(AuditContextKey) ?? (ciBuild ? "error" : "warn");
        if (mode is not ("error" or "warn" or "off"))
        {
            throw new StageAwareException(
                $"The context value '{AuditContextKey}' is '{mode}': set it to error, warn or off.");
        }

        if (mode == "off")
        {
            return;
        }

        IReadOnlyList<NameFinding> findings = NameAudit.AuditAssembly(assemblyDirectory, Naming);
        if (findings.Count == 0)
        {
            return;
        }

        if (mode == "error")
        {
            string count = findings.Count == 1 ? "1 name lacks" : $"{findings.Count} names lack";
            throw new StageAwareException(
                $"Stage '{Stage}': {count} the stage prefix '{Naming.Prefix}': " +
                $"{string.Join(", ", findings.Select(f => f.Subject))}; {NameFinding.Advice}");
        }

        foreach (NameFinding finding in findings)
        {
            Console.Error.WriteLine(NameAudit.LinePrefix + finding.Describe(Naming));
        }
    }

    private string? ContextString(string key)
    {
        object? value = Node.TryGetContext(key);
        return value switch
        {
            null => null,
            string s => s,
            _ => throw new StageAwareException(
                $"The context value '{key}' must be a string: pass it as -c {key}=NAME or set it as a string in cdk.json."),
        };
    }
}
