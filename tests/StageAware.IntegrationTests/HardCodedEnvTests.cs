using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace StageAware.IntegrationTests;

/// <summary>An app whose stack hard-codes its Env: the synth stops, names the stack and leaves no assembly.</summary>
[Collection(SynthCollection.Name)]
public sealed class HardCodedEnvTests
{
    [Fact]
    public async Task The_synth_fails_with_a_message_that_names_the_stack_and_what_it_has()
    {
        string app = RepoPaths.TestApp("HardCodedEnv");
        await using var endpoint = new LocalAwsEndpoint();

        CliResult result = await CliRun.RunAsync(
            CliRun.Environment(endpoint, credentials: false), app, "synth", "--stage", "prod", "--region", "eu-west-1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains(
            "stageaware: The synth of stage prod failed: Stage 'prod' (eu-west-1): 1 stack is outside the stage: " +
            "Legacy (its stack name 'Legacy' lacks the prefix 'prod-legacy-'; its region is us-west-2, not the stage's " +
            "eu-west-1; it hard-codes the account 123456789012 (the account comes from the deploy's credentials)). " +
            "Create each stack with its generated wiring",
            result.Stderr);
        Assert.Single(result.Stderr.Split('\n'), line => line.StartsWith("stageaware: "));
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(app, "cdk.out", "prod")));
    }

    [Fact]
    public async Task An_app_that_throws_shows_its_own_error_without_the_stack_trace()
    {
        string app = RepoPaths.TestApp("HardCodedEnv");
        await using var endpoint = new LocalAwsEndpoint();
        var environment = CliRun.Environment(endpoint, credentials: false);
        environment["HARDCODEDENV_THROW"] = "the queue settings are missing";

        CliResult result = await CliRun.RunAsync(environment, app, "synth", "--stage", "qa", "--region", "us-east-2");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "stageaware: The synth of stage qa failed: System.InvalidOperationException: the queue settings are missing",
            result.Stderr.Split('\n')[^2]);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(app, "cdk.out", "qa")));
    }
}
