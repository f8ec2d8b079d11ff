using System.Threading.Tasks;
using StageAware.Tests.Support;
using Xunit;

namespace StageAware.Tests.Cli;

public sealed class CliUsageTests
{
    private const string Usage =
        "Usage: stageaware <synth|list|diff|deploy|remove> [--stage STAGE] [--region REGION] [--profile PROFILE] " +
        "[--dir APP_FOLDER] [--concurrency N] [--require-approval never|any-change|broadening] [--yes] [--verbose]";

    [Theory]
    [InlineData("No command given.")]
    [InlineData("Unknown command 'frobnicate'.", "frobnicate")]
    [InlineData("Unknown option '--stag'.", "synth", "--stag", "prod")]
    [InlineData("Unknown option '-s'.", "list", "-s", "prod")]
    [InlineData("The option --stage needs a value.", "synth", "--stage")]
    [InlineData("The option --region needs a value.", "synth", "--stage", "prod", "--region")]
    [InlineData("The option --profile needs a value.", "list", "--profile", "--verbose")]
    [InlineData("--yes takes no value; leave '=no' out, or leave --yes out for no.", "remove", "--yes=no")]
    [InlineData("--verbose takes no value; leave '=false' out, or leave --verbose out for no.", "list", "--verbose=false")]
    public async Task A_command_line_that_cannot_run_exits_2_with_one_line_and_the_usage(
        string message, params string[] args)
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteProject();

        CliRun run = await sandbox.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"stageaware: {message} {Usage}", Assert.Single(run.StderrLines));
        Assert.Empty(run.Stdout);
        Assert.False(System.IO.Directory.Exists(sandbox.Root.Combine("app", "cdk.out")));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_prints_the_usage_on_stdout(string arg)
    {
        using var sandbox = new CliSandbox();

        CliRun run = await sandbox.RunAsync(arg);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Usage, Assert.Single(run.StdoutLines));
        Assert.Empty(run.Stderr);
    }
}
