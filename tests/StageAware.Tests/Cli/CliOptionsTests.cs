using System.IO;
using StageAware.Cli;
using Xunit;

namespace StageAware.Tests.Cli;

public sealed class CliOptionsTests
{
    private static readonly string Cwd = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "work"));

    [Fact]
    public void Options_are_read_with_a_space_or_an_equals_sign()
    {
        CliOptions options = CliOptions.Parse(
            new[] { "list", "--stage=prod", "--region", "eu-west-1", "--profile=production", "-v" }, Cwd);

        Assert.Equal(new CliOptions("list", "prod", "eu-west-1", "production", Cwd, true), options);
    }

    [Fact]
    public void The_app_folder_is_the_current_one_or_relative_to_it()
    {
        Assert.Equal(Cwd, CliOptions.Parse(new[] { "synth" }, Cwd).Directory);
        Assert.Equal(
            Path.Combine(Cwd, "apps", "notes"),
            CliOptions.Parse(new[] { "synth", "--dir", Path.Combine("apps", "notes") }, Cwd).Directory);
    }

    [Fact]
    public void An_empty_value_after_an_equals_sign_is_kept_for_the_stage_rule_to_refuse()
    {
        Assert.Equal("", CliOptions.Parse(new[] { "synth", "--stage=" }, Cwd).Stage);
    }

    [Theory]
    [InlineData("No command given.")]
    [InlineData("Unknown command 'frobnicate'.", "frobnicate")]
    [InlineData("Unknown command '--stage'.", "--stage", "prod")]
    [InlineData("Unknown option '--stag'.", "synth", "--stag", "prod")]
    [InlineData("Unknown option 'prod'.", "synth", "prod")]
    [InlineData("The option --stage needs a value.", "synth", "--stage")]
    [InlineData("The option --stage needs a value.", "synth", "--stage", "--region", "eu-west-1")]
    [InlineData("The option --dir needs a value.", "list", "--dir")]
    public void A_command_line_that_cannot_run_says_why(string message, params string[] args)
    {
        var e = Assert.Throws<UsageException>(() => CliOptions.Parse(args, Cwd));

        Assert.Equal(message, e.Message);
    }
}
