using System.IO;
using System.Threading.Tasks;
using StageAware.Tests.Support;
using Xunit;

namespace StageAware.Tests.Cli;

/// <summary>Synths that fail in the app or in the verification: one line, exit code 1, no assembly left.</summary>
public sealed class CliSynthFailureTests
{
    private const string FakeSecret = "fakeSecretKey1234567890";

    [Fact]
    public async Task An_app_that_throws_fails_with_its_own_message_and_no_stack_trace()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.UnhandledException);

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod", "--region", "eu-west-1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "stageaware: The synth of stage prod failed: System.InvalidOperationException: the notes table is missing",
            run.SingleError);
        Assert.DoesNotContain("at Program.Main()", run.Stderr);
        Assert.DoesNotContain("134", run.Stderr);
        Assert.Empty(run.Stdout);
        sandbox.AssertNoAssemblyLeft("prod");
    }

    [Fact]
    public async Task A_failed_synth_removes_the_assembly_of_an_earlier_one()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.UnhandledException);
        sandbox.WriteApp(Path.Combine("cdk.out", "prod", "manifest.json"), """{ "version": "38.0.0" }""");

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod", "--region", "eu-west-1");

        Assert.Equal(1, run.ExitCode);
        sandbox.AssertNoAssemblyLeft("prod");
    }

    [Fact]
    public async Task A_file_where_the_stage_assembly_goes_is_one_line_and_exit_1()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.WritesAssembly());
        sandbox.WriteApp(Path.Combine("cdk.out", "prod"), "not a folder");

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod", "--region", "eu-west-1");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("stageaware: ", run.SingleError);
        Assert.Contains("cdk.out/prod", run.SingleError);
        Assert.EndsWith("Check the files under the app's folder, then run the command again.", run.SingleError);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_secret_the_app_prints_is_never_printed(bool verbose)
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.LeaksSecret);
        sandbox.Environment["AWS_SECRET_ACCESS_KEY"] = FakeSecret;

        CliRun run = verbose
            ? await sandbox.RunAsync("synth", "--stage", "prod", "--region", "eu-west-1", "--verbose")
            : await sandbox.RunAsync("synth", "--stage", "prod", "--region", "eu-west-1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "stageaware: The synth of stage prod failed: System.Exception: request signed with **** refused",
            run.SingleError);
        Assert.DoesNotContain(FakeSecret, run.Stdout + run.Stderr);
        if (verbose)
        {
            // The streamed output of the app is there, redacted.
            Assert.Contains("signing with ****", run.Stderr);
        }

        sandbox.AssertNoAssemblyLeft("prod");
    }

    [Fact]
    public async Task An_assembly_outside_the_stage_is_refused()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.WritesAssembly(stackName: "Storage", region: "us-west-2"));

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod", "--region", "eu-west-1");

        Assert.Equal(1, run.ExitCode);
        string error = run.SingleError;
        Assert.StartsWith("stageaware: The assembly of stage prod is refused: ", error);
        Assert.Contains("Storage: the stack name lacks the prefix 'prod-notes-'", error);
        Assert.Contains("Storage: it targets aws://unknown-account/us-west-2, not the region eu-west-1", error);
        Assert.EndsWith("Create the app with new StageAwareApp() and its stacks with the generated wiring.", error);
        Assert.Empty(run.Stdout);
        sandbox.AssertNoAssemblyLeft("prod");
    }

    [Fact]
    public async Task An_assembly_without_the_stage_tags_is_refused()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.WritesAssembly(tags: false));

        CliRun run = await sandbox.RunAsync("list", "--stage", "prod", "--region", "eu-west-1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("prod-notes-storage: it lacks the tags stage=prod and app=notes", run.SingleError);
        sandbox.AssertNoAssemblyLeft("prod");
    }

    [Fact]
    public async Task An_app_error_with_an_inner_exception_is_still_one_line()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.InnerException);

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod", "--region", "eu-west-1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            new[] { "Synthesizing notes for stage prod in eu-west-1...", run.SingleError }, run.StderrLines);
        Assert.Contains("the notes table is missing", run.SingleError);
    }

    [Fact]
    public async Task A_synth_that_cannot_start_removes_the_assembly_of_an_earlier_one()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.WritesAssembly());
        sandbox.WriteApp(Path.Combine("cdk.out", "prod", "manifest.json"), """{ "version": "38.0.0" }""");
        sandbox.Environment["PATH"] = sandbox.Root.CreateDirectory("empty-bin");

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod", "--region", "eu-west-1");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("stageaware: Node.js was not found on PATH", run.SingleError);
        sandbox.AssertNoAssemblyLeft("prod");
    }
}
