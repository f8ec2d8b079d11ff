using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StageAware.Cli;

/// <summary>
/// The <c>stageaware</c> command. Progress goes to stderr, results to stdout; a failure is one message and a
/// non-zero exit code: 1 when the app or its configuration is at fault, 2 for a command line that cannot run.
/// </summary>
internal sealed class StageAwareCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    private readonly TextWriter stdout;
    private readonly TextWriter stderr;
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly string currentDirectory;
    private readonly Func<string?> readLine;
    private readonly bool interactive;

    /// <summary>
    /// Creates the CLI; <paramref name="interactive"/> says whether a person can answer a question on
    /// <paramref name="readLine"/> (remove asks one unless --yes is given).
    /// </summary>
    public StageAwareCli(
        TextWriter stdout,
        TextWriter stderr,
        IReadOnlyDictionary<string, string> environment,
        string currentDirectory,
        Func<string?>? readLine = null,
        bool interactive = false)
    {
        this.stdout = stdout;
        this.stderr = stderr;
        this.environment = environment;
        this.currentDirectory = currentDirectory;
        this.readLine = readLine ?? (() => null);
        this.interactive = interactive;
    }

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var redactor = new Redactor(name => environment.TryGetValue(name, out string? v) ? v : null);
        if (args.Count == 1 && args[0] is "--help" or "-h" or "help")
        {
            stdout.WriteLine(CliOptions.Usage);
            return Success;
        }

        CliOptions options;
        try
        {
            options = CliOptions.Parse(args, currentDirectory);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"stageaware: {e.Message} {CliOptions.Usage}");
            return UsageError;
        }

        try
        {
            var synthesizer = new Synthesizer(environment, redactor, stderr, options.Verbose);
            StageTarget target = synthesizer.Resolve(options);
            SynthResult result = await synthesizer.SynthAsync(target, cancellation).ConfigureAwait(false);
            var deployer = new Deployer(new CdkCli(environment), redactor, stdout, stderr, readLine, interactive);
            switch (options.Command)
            {
                case "deploy":
                    await deployer.DeployAsync(result, options, cancellation).ConfigureAwait(false);
                    break;
                case "diff":
                    await deployer.DiffAsync(result, cancellation).ConfigureAwait(false);
                    break;
                case "remove":
                    await deployer.RemoveAsync(result, options, cancellation).ConfigureAwait(false);
                    break;
                default:
                    Report(options.Command, result);
                    break;
            }

            return Success;
        }
        catch (StageAwareException e)
        {
            stderr.WriteLine("stageaware: " + redactor.Redact(e.Message));
            return Failure;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("stageaware: interrupted; the CDK CLI was stopped and no assembly was written.");
            return Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file or folder of the app's that is in the way or cannot be written (cdk.out/{stage} as a file).
            stderr.WriteLine(
                "stageaware: " + redactor.Redact(e.Message.ReplaceLineEndings(" ")) +
                " Check the files under the app's folder, then run the command again.");
            return Failure;
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private void Report(string command, SynthResult result)
    {
        int width = result.Stacks.Max(s => s.StackName.Length);
        foreach (StackArtifact stack in result.Stacks)
        {
            stdout.WriteLine($"{stack.StackName.PadRight(width)}  {stack.Environment}");
        }

        if (command == "synth")
        {
            string relative = Path.GetRelativePath(currentDirectory, result.AssemblyDirectory);
            stderr.WriteLine(
                $"Synthesized {Plural(result.Stacks.Count, "stack")} of stage {result.Target.Stage.Value} " +
                $"(from {result.Target.Stage.Source}) in {result.Target.Region.Value} " +
                $"(from {result.Target.Region.Source}) in {result.Elapsed.TotalSeconds:0.0} s: {relative}");
        }
    }
}
