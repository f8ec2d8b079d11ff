using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StageAware.Tests.Support;
using Xunit;

namespace StageAware.Tests.Cli;

/// <summary>
/// The CLI driving the repository's pinned CDK CLI, with small Node.js scripts as the app. The sandbox keeps every
/// AWS call on 127.0.0.1 and gives the CDK CLI no credentials.
/// </summary>
public sealed class CliSynthTests
{
    [Fact]
    public async Task An_assembly_of_the_stage_is_kept_under_cdk_out_of_the_stage()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.WritesAssembly());

        CliRun run = await sandbox.RunAsync("synth", "--stage", "prod", "--region", "eu-west-1");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("prod-notes-storage  aws://unknown-account/eu-west-1", Assert.Single(run.StdoutLines));
        Assert.Empty(run.ErrorLines);
        Assert.Equal(0, sandbox.EndpointConnections);
        Assert.Equal("Synthesizing notes for stage prod in eu-west-1...", run.StderrLines[0]);
        Assert.StartsWith(
            "Synthesized 1 stack of stage prod (from --stage) in eu-west-1 (from --region) in ",
            run.StderrLines[^1]);
        Assert.EndsWith($"s: {Path.Combine("cdk.out", "prod")}", run.StderrLines[^1]);
        Assert.True(File.Exists(Path.Combine(sandbox.AssemblyDirectory("prod"), "manifest.json")));
        Assert.True(File.Exists(Path.Combine(sandbox.AssemblyDirectory("prod"), "prod-notes-storage.template.json")));

        // The assembly was written aside and moved: nothing else is left in cdk.out.
        Assert.Equal(
            new[] { "prod" },
            Directory.GetFileSystemEntries(Path.Combine(sandbox.AppDirectory, "cdk.out")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_app_folder_may_be_given_relative_to_the_current_one()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.WritesAssembly());

        CliRun run = await sandbox.RunInAsync(
            sandbox.Root.Path, "synth", "--dir", "app", "--stage", "pr-42", "--region", "us-west-2");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("pr-42-notes-storage  aws://unknown-account/us-west-2", Assert.Single(run.StdoutLines));
        Assert.EndsWith($"s: {Path.Combine("app", "cdk.out", "pr-42")}", run.StderrLines[^1]);
        Assert.True(File.Exists(Path.Combine(sandbox.AssemblyDirectory("pr-42"), "manifest.json")));
    }

    [Fact]
    public async Task Stage_and_region_come_from_stageaware_json_and_the_list_is_the_only_output()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.WritesAssembly());
        sandbox.WriteApp("stageaware.json", """{ "name": "notes", "stage": "staging", "region": "ap-south-1" }""");

        CliRun run = await sandbox.RunAsync("list");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("staging-notes-storage  aws://unknown-account/ap-south-1", Assert.Single(run.StdoutLines));
        Assert.Equal("Synthesizing notes for stage staging in ap-south-1...", Assert.Single(run.StderrLines));
        Assert.True(File.Exists(Path.Combine(sandbox.AssemblyDirectory("staging"), "manifest.json")));
    }

    [Fact]
    public async Task Without_a_stage_a_developer_gets_a_personal_stage_remembered_in_the_app_folder()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.WritesAssembly());
        sandbox.Environment["USER"] = "Jane.Doe";

        CliRun run = await sandbox.RunAsync("list", "--region", "eu-west-1");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("jane-doe-notes-storage  aws://unknown-account/eu-west-1", Assert.Single(run.StdoutLines));
        Assert.Equal("jane-doe\n", File.ReadAllText(Path.Combine(sandbox.AppDirectory, ".stageaware", "stage")));
    }

    [Fact]
    public async Task In_CI_without_a_stage_the_stage_is_dev_and_no_personal_stage_is_written()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.WritesAssembly());
        sandbox.Environment["USER"] = "Jane.Doe";
        sandbox.Environment["CI"] = "true";

        CliRun run = await sandbox.RunAsync("list");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("dev-notes-storage  aws://unknown-account/us-east-1", Assert.Single(run.StdoutLines));
        Assert.False(Directory.Exists(Path.Combine(sandbox.AppDirectory, ".stageaware")));
    }

    [Fact]
    public async Task The_region_of_the_profile_is_used_when_nothing_else_gives_one()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.WritesAssembly());
        sandbox.Root.Write(Path.Combine("home", ".aws", "config"), "[profile production]\nregion = eu-north-1\n");

        CliRun run = await sandbox.RunAsync("list", "--stage", "prod", "--profile", "production");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("prod-notes-storage  aws://unknown-account/eu-north-1", Assert.Single(run.StdoutLines));
    }

    [Fact]
    public async Task A_profile_without_a_region_gets_the_default_region_as_with_the_CDK_CLI()
    {
        using var sandbox = CliSandbox.ForScript(FakeApps.WritesAssembly());
        sandbox.Root.Write(
            Path.Combine("home", ".aws", "config"), "[default]\nregion = eu-west-1\n\n[profile production]\n");
        sandbox.Environment["AWS_PROFILE"] = "production";

        CliRun run = await sandbox.RunAsync("list", "--stage", "prod");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("prod-notes-storage  aws://unknown-account/eu-west-1", Assert.Single(run.StdoutLines));
    }
}
