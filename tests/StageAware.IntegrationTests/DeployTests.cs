using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using StageAware.FakeAws;
using Xunit;

namespace StageAware.IntegrationTests;

/// <summary>
/// `stageaware deploy`, `diff` and `remove` on the notes sample, driving the real CDK CLI against the AWS stand-in
/// on 127.0.0.1.
/// </summary>
[Collection(SynthCollection.Name)]
public sealed class DeployTests
{
    private const string Account = "111111111111";

    private static string Sample => RepoPaths.Sample("notes");

    private static string OutputsFile(string stage) => Path.Combine(Sample, ".stageaware", "outputs", stage + ".json");

    [Fact]
    public async Task Prod_then_dev_live_side_by_side_a_redeploy_changes_nothing_and_remove_takes_only_dev()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();
        var environment = CliRun.Environment(aws.Url, credentials: true);
        File.Delete(OutputsFile("prod"));
        File.Delete(OutputsFile("dev"));

        // Deploy prod to eu-west-1: exactly its two stacks, every request in that region.
        CliResult prod = await CliRun.RunAsync(environment, Sample, "deploy", "--stage", "prod", "--region", "eu-west-1", "--yes");
        Assert.True(prod.ExitCode == 0, prod.Stderr);
        Assert.Equal(
            [$"prod-notes-storage  aws://{Account}/eu-west-1  deployed", $"prod-notes-auth     aws://{Account}/eu-west-1  deployed"],
            Lines(prod.Stdout));
        Assert.All(aws.Requests, r => Assert.Equal("eu-west-1", r.Region));
        Assert.Equal(["prod-notes-auth", "prod-notes-storage"], aws.Stacks().Select(s => s.StackName).Order());
        Assert.All(aws.Stacks(), s => Assert.Equal("CREATE_COMPLETE", s.Status));
        Assert.Equal("prod", aws.Stack("eu-west-1", "prod-notes-storage")!.Tags["stage"]);
        Assert.Matches(@"\[ *\d+\.\ds\] prod-notes-storage  \d+/\d+  CREATE_COMPLETE  AWS::DynamoDB::Table", prod.Stderr);

        // The outputs file is keyed by stack name, for the Serverless services of the stage.
        using (JsonDocument outputs = JsonDocument.Parse(File.ReadAllText(OutputsFile("prod"))))
        {
            string table = outputs.RootElement.GetProperty("prod-notes-storage").GetProperty("TableName").GetString()!;
            Assert.Equal(aws.Stack("eu-west-1", "prod-notes-storage")!.Outputs["TableName"], table);
            Assert.True(outputs.RootElement.GetProperty("prod-notes-auth").TryGetProperty("UserPoolId", out _));
        }

        // A redeploy with nothing changed executes no change set.
        aws.ClearRequests();
        CliResult again = await CliRun.RunAsync(environment, Sample, "deploy", "--stage", "prod", "--region", "eu-west-1", "--yes");
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.DoesNotContain(aws.Requests, r => r.Action == "ExecuteChangeSet");
        Assert.All(Lines(again.Stdout), line => Assert.EndsWith("  no changes", line));
        Assert.Contains("Stage prod in eu-west-1 has no changes: nothing was deployed", again.Stderr);

        // Dev in the same account and region, beside prod; prod is not touched.
        int prodChanges = aws.Stack("eu-west-1", "prod-notes-storage")!.ExecutedChangeSets;
        CliResult dev = await CliRun.RunAsync(environment, Sample, "deploy", "--stage", "dev", "--region", "eu-west-1", "--yes");
        Assert.True(dev.ExitCode == 0, dev.Stderr);
        Assert.Equal(
            ["dev-notes-auth", "dev-notes-storage", "prod-notes-auth", "prod-notes-storage"],
            aws.Stacks("eu-west-1").Select(s => s.StackName).Order());
        Assert.Equal(prodChanges, aws.Stack("eu-west-1", "prod-notes-storage")!.ExecutedChangeSets);
        Assert.NotEqual(aws.Exports("eu-west-1")["prod-notes-TableName"], aws.Exports("eu-west-1")["dev-notes-TableName"]);

        // The diff of an unchanged stage shows no differences.
        CliResult diff = await CliRun.RunAsync(environment, Sample, "diff", "--stage", "dev", "--region", "eu-west-1");
        Assert.True(diff.ExitCode == 0, diff.Stderr);
        Assert.Contains("Number of stacks with differences: 0", diff.Stdout);
        Assert.DoesNotContain(Lines(diff.Stdout), line => line.StartsWith("start: ") || line.StartsWith("success: "));

        // Remove dev: only dev's stacks go, auth before the storage it imports from.
        aws.ClearRequests();
        CliResult remove = await CliRun.RunAsync(environment, Sample, "remove", "--stage", "dev", "--region", "eu-west-1", "--yes");
        Assert.True(remove.ExitCode == 0, remove.Stderr);
        Assert.Equal(["prod-notes-auth", "prod-notes-storage"], aws.Stacks("eu-west-1").Select(s => s.StackName).Order());
        Assert.Equal(
            ["dev-notes-auth", "dev-notes-storage"],
            aws.Requests.Where(r => r.Action == "DeleteStack").Select(r => r.StackName).Distinct());
        Assert.All(Lines(remove.Stdout), line => Assert.EndsWith("  removed", line));
        Assert.Equal(["dev-notes-auth", "dev-notes-storage"], Lines(remove.Stdout).Select(l => l.Split(' ')[0]));
        Assert.DoesNotContain("Unknown option", remove.Stderr);
        Assert.False(File.Exists(OutputsFile("dev")));
        Assert.True(File.Exists(OutputsFile("prod")));

        // The fake secret key shows up nowhere the CLI printed or wrote.
        foreach (CliResult run in new[] { prod, again, dev, diff, remove })
        {
            Assert.DoesNotContain(CliRun.FakeSecretKey, run.Stdout + run.Stderr);
        }

        Assert.DoesNotContain(CliRun.FakeSecretKey, File.ReadAllText(OutputsFile("prod")));
    }

    [Fact]
    public async Task A_stack_that_fails_stops_the_deploy_with_its_reason_and_is_not_reported_deployed()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();
        aws.FailResource("AWS::Cognito::UserPool", "Resource handler returned message: \"user pool quota reached\"");
        File.Delete(OutputsFile("qa"));

        CliResult result = await CliRun.RunAsync(
            CliRun.Environment(aws.Url, credentials: true), Sample, "deploy", "--stage", "qa", "--region", "eu-west-1", "--yes");

        Assert.Equal(1, result.ExitCode);
        string error = Assert.Single(Lines(result.Stderr), l => l.StartsWith("stageaware: ", StringComparison.Ordinal));
        Assert.StartsWith("stageaware: The deploy of stage qa to eu-west-1 failed: qa-notes-auth", error);
        Assert.Contains("user pool quota reached", error);
        Assert.Contains($"qa-notes-auth     aws://{Account}/eu-west-1  failed", result.Stdout);
        Assert.DoesNotContain("qa-notes-auth     aws://111111111111/eu-west-1  deployed", result.Stdout);
        Assert.Equal("ROLLBACK_COMPLETE", aws.Stack("eu-west-1", "qa-notes-auth")!.Status);
        Assert.False(File.Exists(OutputsFile("qa")));
    }

    [Fact]
    public async Task An_assembly_with_a_stack_in_another_region_is_refused_before_any_deploy_request()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();

        CliResult result = await CliRun.RunAsync(
            CliRun.Environment(aws.Url, credentials: true), RepoPaths.TestApp("HardCodedEnv"),
            "deploy", "--stage", "prod", "--region", "eu-west-1", "--yes");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("its region is us-west-2, not the stage's eu-west-1", result.Stderr);

        // The synth's own look-up of who is calling is the one request; nothing reaches S3, SSM or CloudFormation.
        Assert.All(aws.Requests, r => Assert.Equal(("sts", "GetCallerIdentity"), (r.Service, r.Action)));
        Assert.Empty(aws.Stacks(includeDeleted: true));
    }

    [Fact]
    public async Task Remove_without_yes_outside_a_terminal_deletes_nothing_and_says_how()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();

        CliResult result = await CliRun.RunAsync(
            CliRun.Environment(aws.Url, credentials: true), Sample, "remove", "--stage", "prod", "--region", "eu-west-1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"stageaware: remove asks before it deletes: pass --yes to remove the 2 stacks of stage prod from eu-west-1 (account {Account}).",
            result.Stderr);
        Assert.DoesNotContain(aws.Requests, r => r.Service == "cloudformation");
    }

    [Fact]
    public async Task Without_credentials_deploy_says_how_to_sign_in()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();

        CliResult result = await CliRun.RunAsync(
            CliRun.Environment(aws.Url, credentials: false), Sample, "deploy", "--stage", "prod", "--region", "eu-west-1", "--yes");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "stageaware: No AWS credentials were found for stage prod: set AWS_PROFILE or pass --profile, or sign in with " +
            "'aws configure' or 'aws sso login'.",
            result.Stderr);
        Assert.Empty(aws.Requests);
    }

    [Fact]
    public async Task An_interrupted_deploy_stops_the_CDK_CLI_and_says_what_state_it_left()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();
        aws.NeverStabilize("AWS::DynamoDB::Table");
        using var interrupt = new CancellationTokenSource();

        Task<CliResult> deploy = CliRun.RunAsync(
            CliRun.Environment(aws.Url, credentials: true), Sample, interrupt.Token,
            "deploy", "--stage", "stuck", "--region", "eu-west-1", "--yes");
        await WaitUntilAsync(() => aws.Stack("eu-west-1", "stuck-notes-storage")?.Status == "CREATE_IN_PROGRESS", deploy);
        interrupt.Cancel();
        CliResult result = await deploy;

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(
            @"stageaware: Interrupted after \d+\.\d s: the AWS CDK CLI was stopped; stacks it had started may still be " +
            "updating in CloudFormation: run 'stageaware deploy' again",
            result.Stderr);
        Assert.Equal("CREATE_IN_PROGRESS", aws.Stack("eu-west-1", "stuck-notes-storage")!.Status);
        Assert.Null(aws.Stack("eu-west-1", "stuck-notes-auth"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Task<CliResult> running)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!condition())
        {
            if (running.IsCompleted)
            {
                Assert.Fail("the deploy ended before the condition held: " + (await running).Stderr);
            }

            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold in time");
            await Task.Delay(200);
        }
    }

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
