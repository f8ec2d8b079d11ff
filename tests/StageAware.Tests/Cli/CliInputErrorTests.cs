using System.IO;
using System.Threading.Tasks;
using StageAware.Tests.Support;
using Xunit;

namespace StageAware.Tests.Cli;

/// <summary>Each mistake in the app folder or the command line: one line and exit code 1, before any synth.</summary>
public sealed class CliInputErrorTests
{
    private const string StageRule = "use a letter first, then letters, digits and hyphens, at most 16 characters";

    [Theory]
    [InlineData("Prod!", "Stage 'Prod!' (from --stage) is not a valid stage name: " + StageRule)]
    [InlineData("", "An empty stage (from --stage) is not a valid stage name: " + StageRule)]
    [InlineData("1prod", "Stage '1prod' (from --stage) is not a valid stage name: " + StageRule)]
    [InlineData("abcdefghijklmnopq", "Stage 'abcdefghijklmnopq' (from --stage) is not a valid stage name: " +
        StageRule)]
    public async Task A_bad_stage_is_refused(string stage, string message)
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteProject();

        CliRun run = await sandbox.RunAsync("synth", "--stage", stage, "--region", "eu-west-1");

        AssertFailure(sandbox, run, "stageaware: " + message, stage);
    }

    [Fact]
    public async Task A_bad_stage_from_the_environment_names_the_variable()
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteProject();
        sandbox.Environment["STAGEAWARE_STAGE"] = "dev_1";

        CliRun run = await sandbox.RunAsync("synth");

        AssertFailure(
            sandbox, run, "stageaware: Stage 'dev_1' (from STAGEAWARE_STAGE) is not a valid stage name", "dev");
    }

    [Fact]
    public async Task A_bad_stage_in_the_cdk_json_context_names_the_context_key()
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteApp("stageaware.json", """{ "name": "notes" }""");
        sandbox.WriteApp("cdk.json", """{ "app": "node app.js", "context": { "stage": "Prod!" } }""");

        CliRun run = await sandbox.RunAsync("synth");

        AssertFailure(
            sandbox, run, "stageaware: Stage 'Prod!' (from context 'stage') is not a valid stage name", "dev");
    }

    [Fact]
    public async Task An_unknown_region_is_refused()
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteProject();

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod", "--region", "mars-1");

        AssertFailure(
            sandbox,
            run,
            "stageaware: Region 'mars-1' (from --region) is not an AWS region: use a region name such as us-east-1",
            "prod");
    }

    [Fact]
    public async Task A_missing_stageaware_json_is_refused()
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteApp("cdk.json", """{ "app": "node app.js" }""");

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod");

        AssertFailure(
            sandbox,
            run,
            $"stageaware: No stageaware.json in {sandbox.AppDirectory}: create one beside cdk.json",
            "prod");
    }

    [Fact]
    public async Task An_invalid_stageaware_json_says_where()
    {
        using var sandbox = new CliSandbox();
        string path = sandbox.WriteApp("stageaware.json", "{\n  \"name\": \"notes\",\n  \"stage\": prod\n}\n");
        sandbox.WriteApp("cdk.json", """{ "app": "node app.js" }""");

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod");

        AssertFailure(sandbox, run, $"stageaware: {path} is not valid JSON at line 3, column 12: fix the file", "prod");
    }

    [Fact]
    public async Task A_stageaware_json_without_a_name_is_refused()
    {
        using var sandbox = new CliSandbox();
        string path = sandbox.WriteApp("stageaware.json", """{ "stage": "prod" }""");
        sandbox.WriteApp("cdk.json", """{ "app": "node app.js" }""");

        CliRun run = await sandbox.RunAsync("synth");

        AssertFailure(
            sandbox, run, $"stageaware: {path} has no \"name\": add the app name, e.g. \"name\": \"notes\".", "prod");
    }

    [Fact]
    public async Task A_missing_cdk_json_is_refused()
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteApp("stageaware.json", """{ "name": "notes" }""");

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod");

        AssertFailure(
            sandbox,
            run,
            $"stageaware: No cdk.json in {sandbox.AppDirectory}: run stageaware in the CDK app's folder or point " +
            "at it with --dir.",
            "prod");
    }

    [Fact]
    public async Task An_invalid_cdk_json_says_where()
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteApp("stageaware.json", """{ "name": "notes" }""");
        string path = sandbox.WriteApp("cdk.json", "{\n  \"app\": \"node app.js\"\n  \"context\": {}\n}\n");

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod");

        AssertFailure(sandbox, run, $"stageaware: {path} is not valid JSON at line 3, column 3: fix the file", "prod");
    }

    [Theory]
    [InlineData("""{ "context": {} }""")]
    [InlineData("""{ "app": "" }""")]
    [InlineData("""{ "app": "  " }""")]
    public async Task A_cdk_json_without_an_app_is_refused(string cdkJson)
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteApp("stageaware.json", """{ "name": "notes" }""");
        string path = sandbox.WriteApp("cdk.json", cdkJson);

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod");

        AssertFailure(
            sandbox, run, $"stageaware: {path} has no \"app\": set it to the command that runs the app", "prod");
    }

    [Fact]
    public async Task A_dir_that_is_a_file_is_refused()
    {
        using var sandbox = new CliSandbox();
        string file = sandbox.Root.Combine("cdk.json");
        File.WriteAllText(file, "{}");

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod", "--dir", file);

        AssertFailure(
            sandbox,
            run,
            $"stageaware: The app folder {file} is a file, not a folder: pass the folder of cdk.json with --dir.",
            "prod");
    }

    [Fact]
    public async Task A_dir_that_does_not_exist_is_refused()
    {
        using var sandbox = new CliSandbox();
        string missing = sandbox.Root.Combine("no-such-app");

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod", "--dir", missing);

        AssertFailure(
            sandbox,
            run,
            $"stageaware: The app folder {missing} does not exist: pass the folder of cdk.json with --dir.",
            "prod");
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task An_unknown_profile_is_refused_before_any_AWS_call()
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteProject();
        sandbox.Root.Write(Path.Combine("home", ".aws", "config"), "[profile production]\nregion = eu-west-1\n");
        sandbox.Root.Write(Path.Combine("home", ".aws", "credentials"), "[ci]\naws_access_key_id = AKIAFAKE\n");

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod", "--profile", "nobody");

        AssertFailure(
            sandbox,
            run,
            "stageaware: The AWS profile 'nobody' is not in the AWS config or credentials file: check the name or " +
            "run 'aws configure --profile nobody'.",
            "prod");
    }

    [Fact]
    public async Task Missing_Node_js_is_refused()
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteProject();
        sandbox.Environment["PATH"] = sandbox.Root.CreateDirectory("empty-bin");
        sandbox.UseRepositoryCdkCli();

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod");

        AssertFailure(
            sandbox,
            run,
            "stageaware: Node.js was not found on PATH: the AWS CDK needs it; install Node.js 18 or later and open a " +
            "new shell.",
            "prod");
    }

    [Fact]
    public async Task A_missing_CDK_CLI_is_refused()
    {
        using var sandbox = new CliSandbox();
        sandbox.WriteProject();

        // Only node on PATH; the app folder is in the system temp folder, so no node_modules lies above it.
        string bin = sandbox.Root.CreateDirectory("node-bin");
        File.CreateSymbolicLink(Path.Combine(bin, "node"), NodeOnPath());
        sandbox.Environment["PATH"] = bin;
        sandbox.Environment.Remove("STAGEAWARE_CDK_CLI");

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod");

        AssertFailure(
            sandbox,
            run,
            "stageaware: The AWS CDK CLI was not found: run 'npm install --save-dev aws-cdk' beside cdk.json " +
            "(or in a parent folder).",
            "prod");
    }

    /// <summary>
    /// Exit code 1, nothing on stdout, and stderr one line that starts with <paramref name="expected"/>, with no
    /// assembly of <paramref name="stage"/> left.
    /// </summary>
    private static void AssertFailure(CliSandbox sandbox, CliRun run, string expected, string stage)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(expected, Assert.Single(run.StderrLines));
        Assert.Empty(run.Stdout);
        sandbox.AssertNoAssemblyLeft(stage);
        sandbox.AssertNoAssemblyLeft("prod");
    }

    private static string NodeOnPath()
    {
        foreach (string dir in (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, "node");
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new Xunit.Sdk.XunitException("These tests need Node.js on PATH.");
    }
}
