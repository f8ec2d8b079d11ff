using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace StageAware.Cli;

/// <summary>One stage of one app, resolved: where it is, what it is called, where it goes.</summary>
internal sealed record StageTarget(
    string AppDirectory,
    StageAwareConfig Config,
    CdkProject Cdk,
    Resolved Stage,
    Resolved Region,
    string? Profile,
    StageNaming Naming)
{
    /// <summary>Where the stage's cloud assembly is kept, apart from every other stage's.</summary>
    public string AssemblyDirectory => Path.Combine(AppDirectory, "cdk.out", Stage.Value);
}

/// <summary>The result of a synth that passed every check.</summary>
internal sealed record SynthResult(
    StageTarget Target, string AssemblyDirectory, IReadOnlyList<StackArtifact> Stacks, TimeSpan Elapsed);

/// <summary>
/// Synthesizes one stage into one region with the pinned AWS CDK CLI, as <c>cdk synth -c stage=S -c region=R</c>
/// would, then verifies the assembly. The assembly is written aside and moved into place only once it passed,
/// so a failed synth leaves nothing that could pass for a good one.
/// </summary>
internal sealed class Synthesizer
{
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly Redactor redactor;
    private readonly TextWriter progress;
    private readonly bool verbose;

    public Synthesizer(
        IReadOnlyDictionary<string, string> environment, Redactor redactor, TextWriter progress, bool verbose)
    {
        this.environment = environment;
        this.redactor = redactor;
        this.progress = progress;
        this.verbose = verbose;
    }

    private string? Env(string name) => environment.TryGetValue(name, out string? value) ? value : null;

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Reads the app's files and resolves its stage and region, before anything runs.</summary>
    public StageTarget Resolve(CliOptions options)
    {
        if (!Directory.Exists(options.Directory))
        {
            string what = File.Exists(options.Directory) ? "is a file, not a folder" : "does not exist";
            throw new StageAwareException(
                $"The app folder {options.Directory} {what}: pass the folder of cdk.json with --dir.");
        }

        StageAwareConfig config = StageAwareConfig.Load(options.Directory);
        CdkProject cdk = CdkProject.Load(options.Directory);

        AwsProfiles profiles = AwsProfiles.Load(Env);
        string? profile = options.Profile ?? NonEmpty(Env("AWS_PROFILE")) ?? NonEmpty(Env("AWS_DEFAULT_PROFILE"));
        if (options.Profile != null && !profiles.Exists(options.Profile))
        {
            throw new StageAwareException(
                $"The AWS profile '{options.Profile}' is not in the AWS config or credentials file: check the name " +
                $"or run 'aws configure --profile {options.Profile}'.");
        }

        var input = new ResolutionInput
        {
            StageOption = options.Stage,
            RegionOption = options.Region,
            StageContext = cdk.StageContext,
            RegionContext = cdk.RegionContext,
            Environment = Env,
            Config = config,
            PersonalStage = () => PersonalStage.Resolve(
                options.Directory,
                NonEmpty(Env("USER")) ?? NonEmpty(Env("USERNAME")),
                PersonalStage.IsContinuousIntegration(Env)),
            ProfileRegion = profiles.Region(profile ?? "default"),
        };

        Resolved stage = Resolution.Stage(input);
        Resolved region = Resolution.Region(input);
        var naming = new StageNaming(stage.Value, config.Name);
        return new StageTarget(options.Directory, config, cdk, stage, region, profile, naming);
    }

    public async Task<SynthResult> SynthAsync(StageTarget target, CancellationToken cancellation)
    {
        string final = target.AssemblyDirectory;
        string staging = Path.Combine(target.AppDirectory, "cdk.out", $".{target.Stage.Value}.{Guid.NewGuid():N}.tmp");
        string[] arguments =
        {
            "synth",
            "--context", "stage=" + target.Stage.Value,
            "--context", "region=" + target.Region.Value,
            "--output", staging,
            "--quiet",
        };

        var clock = Stopwatch.StartNew();
        try
        {
            var cdk = new CdkCli(environment);
            cdk.Locate(target);
            progress.WriteLine(
                $"Synthesizing {target.Config.Name} for stage {target.Stage.Value} in {target.Region.Value}...");
            (int exitCode, IReadOnlyList<string> output) = await cdk.RunAsync(
                target,
                arguments,
                verbose ? line => progress.WriteLine(redactor.Redact(line)) : null,
                cancellation).ConfigureAwait(false);

            if (exitCode != 0)
            {
                throw new StageAwareException(
                    $"The synth of stage {target.Stage.Value} failed: {redactor.Redact(AppError.Extract(output))}");
            }

            // The app's audit of names only warns outside CI; its warnings are worth seeing in every run.
            if (!verbose)
            {
                foreach (string line in output)
                {
                    int at = line.IndexOf(NameAudit.LinePrefix, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        progress.WriteLine(redactor.Redact(line.Substring(at)));
                    }
                }
            }

            IReadOnlyList<StackArtifact> stacks = CloudAssemblyReader.ReadStacks(staging);
            IReadOnlyList<string> problems = AssemblyVerifier.Verify(stacks, target.Naming, target.Region.Value);
            if (problems.Count > 0)
            {
                throw new StageAwareException(
                    $"The assembly of stage {target.Stage.Value} is refused: {string.Join("; ", problems)}. " +
                    "Create the app with new StageAwareApp() and its stacks with the generated wiring.");
            }

            if (Directory.Exists(final))
            {
                Directory.Delete(final, recursive: true);
            }

            Directory.Move(staging, final);
            return new SynthResult(target, final, CloudAssemblyReader.ReadStacks(final), clock.Elapsed);
        }
        catch (Exception e) when (e is StageAwareException or OperationCanceledException)
        {
            // An assembly of an earlier synth would now pass for this one: it goes too.
            if (Directory.Exists(final))
            {
                Directory.Delete(final, recursive: true);
            }

            throw;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
