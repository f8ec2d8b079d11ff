using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StageAware.Cli;

/// <summary>
/// Deploys, diffs and removes exactly the stacks of one synthesized and verified stage, in its region, through the
/// pinned AWS CDK CLI, showing its progress as it comes and a summary at the end.
/// </summary>
internal sealed class Deployer
{
    private readonly CdkCli cdk;
    private readonly Redactor redactor;
    private readonly TextWriter stdout;
    private readonly TextWriter progress;
    private readonly Func<string?> readLine;
    private readonly bool interactive;

    public Deployer(
        CdkCli cdk, Redactor redactor, TextWriter stdout, TextWriter progress, Func<string?> readLine, bool interactive)
    {
        this.cdk = cdk;
        this.redactor = redactor;
        this.stdout = stdout;
        this.progress = progress;
        this.readLine = readLine;
        this.interactive = interactive;
    }

    /// <summary>Where <c>deploy</c> writes the stage's stack outputs, keyed by stack name.</summary>
    public static string OutputsFile(StageTarget target) =>
        Path.Combine(target.AppDirectory, ".stageaware", "outputs", target.Stage.Value + ".json");

    public async Task DeployAsync(SynthResult synth, CliOptions options, CancellationToken cancellation)
    {
        StageTarget target = synth.Target;
        string account = RequireAccount(synth);
        string stage = target.Stage.Value, region = target.Region.Value;

        string outputs = OutputsFile(target);
        Directory.CreateDirectory(Path.GetDirectoryName(outputs)!);
        string staging = Path.Combine(Path.GetDirectoryName(outputs)!, $".{stage}.{Guid.NewGuid():N}.tmp");

        var arguments = new List<string> { "deploy", "--app", synth.AssemblyDirectory };
        arguments.AddRange(synth.Stacks.Select(s => s.DisplayName));
        string approval = options.Yes ? "never" : options.RequireApproval ?? "broadening";
        arguments.AddRange(new[] { "--require-approval", approval });
        arguments.AddRange(new[] { "--outputs-file", staging, "--progress", "events" });
        if (options.Concurrency is int concurrency)
        {
            arguments.AddRange(
                new[] { "--concurrency", concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        progress.WriteLine(
            $"Deploying {Count(synth.Stacks.Count)} of stage {stage} to {region} (account {account})...");
        try
        {
            (int exitCode, IReadOnlyList<string> output, TimeSpan elapsed) =
                await RunAsync(target, arguments, progress, cancellation).ConfigureAwait(false);
            Dictionary<string, StackOutcome> outcomes = CdkOutput.Outcomes(output, synth.Stacks);
            Summarize(synth, synth.Stacks, outcomes);

            if (exitCode != 0)
            {
                throw new StageAwareException(
                    $"The deploy of stage {stage} to {region} failed: " +
                    $"{redactor.Redact(CdkOutput.Failure(output))}");
            }

            if (File.Exists(staging))
            {
                File.Move(staging, outputs, overwrite: true);
            }

            bool changed = outcomes.Values.Any(o => o == StackOutcome.Deployed);
            progress.WriteLine(changed
                ? $"Deployed stage {stage} to {region} in {elapsed.TotalSeconds:0.0} s; outputs: {outputs}"
                : $"Stage {stage} in {region} has no changes: nothing was deployed; outputs: {outputs}");
        }
        finally
        {
            File.Delete(staging);
        }
    }

    public async Task DiffAsync(SynthResult synth, CancellationToken cancellation)
    {
        RequireAccount(synth);

        var arguments = new List<string> { "diff", "--app", synth.AssemblyDirectory };
        arguments.AddRange(synth.Stacks.Select(s => s.DisplayName));

        // The diff is the result: it goes to stdout as it comes, the CDK CLI's progress around it to stderr.
        (int exitCode, IReadOnlyList<string> output, _) =
            await RunAsync(synth.Target, arguments, stdout, cancellation, progress).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new StageAwareException(
                $"The diff of stage {synth.Target.Stage.Value} failed: {redactor.Redact(CdkOutput.Failure(output))}");
        }
    }

    public async Task RemoveAsync(SynthResult synth, CliOptions options, CancellationToken cancellation)
    {
        StageTarget target = synth.Target;
        string account = RequireAccount(synth);
        string stage = target.Stage.Value, region = target.Region.Value;
        string what = $"the {Count(synth.Stacks.Count)} of stage {stage} from {region} (account {account})";

        if (!options.Yes)
        {
            if (!interactive)
            {
                throw new StageAwareException($"remove asks before it deletes: pass --yes to remove {what}.");
            }

            progress.Write($"Remove {what}: {string.Join(", ", synth.Stacks.Select(s => s.StackName))}? [y/N] ");
            string answer = (readLine() ?? "").Trim();
            if (!answer.Equals("y", StringComparison.OrdinalIgnoreCase)
                && !answer.Equals("yes", StringComparison.OrdinalIgnoreCase))
            {
                throw new StageAwareException("Nothing was removed: the answer was not yes.");
            }
        }

        // The CDK CLI deletes the stacks in reverse dependency order.
        var arguments = new List<string> { "destroy", "--app", synth.AssemblyDirectory, "--force" };
        arguments.AddRange(synth.Stacks.Select(s => s.DisplayName));

        progress.WriteLine($"Removing {what}...");
        (int exitCode, IReadOnlyList<string> output, TimeSpan elapsed) =
            await RunAsync(target, arguments, progress, cancellation).ConfigureAwait(false);
        Dictionary<string, StackOutcome> outcomes = CdkOutput.Outcomes(output, synth.Stacks);
        Summarize(synth, synth.Stacks.Reverse(), outcomes);

        if (exitCode != 0)
        {
            throw new StageAwareException(
                $"The remove of stage {stage} from {region} failed: " +
                $"{redactor.Redact(CdkOutput.Failure(output))}");
        }

        File.Delete(OutputsFile(target));
        progress.WriteLine($"Removed stage {stage} from {region} in {elapsed.TotalSeconds:0.0} s.");
    }

    private static string RequireAccount(SynthResult synth)
    {
        // The CDK CLI puts the credentials' account into the assembly; none there means it found no credentials.
        string account = synth.Stacks[0].Account;
        if (account == AssemblyVerifier.UnknownAccount)
        {
            throw new StageAwareException(
                $"No AWS credentials were found for stage {synth.Target.Stage.Value}: set AWS_PROFILE or pass " +
                "--profile, or sign in with 'aws configure' or 'aws sso login'.");
        }

        return account;
    }

    // Each line of the CDK CLI goes to `live` as it comes; with `progressLines`, its progress lines go there instead.
    private async Task<(int ExitCode, IReadOnlyList<string> Output, TimeSpan Elapsed)> RunAsync(
        StageTarget target,
        IReadOnlyList<string> arguments,
        TextWriter live,
        CancellationToken cancellation,
        TextWriter? progressLines = null)
    {
        var clock = Stopwatch.StartNew();
        void Show(string line)
        {
            string text = redactor.Redact(CdkOutput.Plain(line));
            if (text.Trim().Length == 0)
            {
                return;
            }

            var stackEvent = CdkOutput.Event(text);
            TextWriter to = progressLines is not null && CdkOutput.IsProgress(text) ? progressLines : live;
            lock (live)
            {
                to.WriteLine(stackEvent is { } e
                    ? $"[{clock.Elapsed.TotalSeconds,6:0.0}s] {e.Stack}  {e.Progress}  {e.Status}  {e.Type}  " +
                        e.Resource
                    : text);
            }
        }

        try
        {
            (int exitCode, IReadOnlyList<string> output) =
                await cdk.RunAsync(target, arguments, Show, cancellation).ConfigureAwait(false);
            return (exitCode, output, clock.Elapsed);
        }
        catch (OperationCanceledException)
        {
            string command = arguments[0] == "destroy" ? "remove" : arguments[0];
            throw new StageAwareException(
                $"Interrupted after {clock.Elapsed.TotalSeconds:0.0} s: the AWS CDK CLI was stopped; stacks it had " +
                $"started may still be updating in CloudFormation: run 'stageaware {command}' again to finish, or " +
                "look at the stacks in the CloudFormation console.");
        }
    }

    // The stacks in the order the CDK CLI works on them: dependencies first for a deploy, last for a remove.
    private void Summarize(
        SynthResult synth, IEnumerable<StackArtifact> order, Dictionary<string, StackOutcome> outcomes)
    {
        int width = synth.Stacks.Max(s => s.StackName.Length);
        foreach (StackArtifact stack in order)
        {
            string outcome = outcomes[stack.StackName] switch
            {
                StackOutcome.Deployed => "deployed",
                StackOutcome.Unchanged => "no changes",
                StackOutcome.Removed => "removed",
                StackOutcome.Failed => "failed",
                _ => "not reached",
            };
            string environment = $"aws://{stack.Account}/{synth.Target.Region.Value}";
            stdout.WriteLine($"{stack.StackName.PadRight(width)}  {environment}  {outcome}");
        }
    }

    private static string Count(int stacks) => stacks == 1 ? "1 stack" : $"{stacks} stacks";
}
