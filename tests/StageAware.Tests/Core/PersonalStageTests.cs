using System.Collections.Generic;
using System.IO;
using StageAware.Tests.Support;
using Xunit;

namespace StageAware.Tests.Core;

public sealed class PersonalStageTests
{
    [Theory]
    [InlineData("Jane.Doe", "jane-doe")]
    [InlineData("jane doe", "jane-doe")]
    [InlineData("JANE", "jane")]
    [InlineData("123bob", "bob")]
    [InlineData("1-2-bob", "bob")]
    [InlineData("  bob  ", "bob")]
    [InlineData("o'brien..x", "o-brien-x")]
    [InlineData("DOMAIN\\jane", "domain-jane")]
    [InlineData("a.very.long.user.name.indeed", "a-very-long-user")]
    [InlineData("abcdefghijklmno.pq", "abcdefghijklmno")]
    [InlineData("j\u00f6rg", "j-rg")]
    public void A_stage_is_derived_from_the_user_name(string userName, string stage)
    {
        string? derived = PersonalStage.FromUserName(userName);

        Assert.Equal(stage, derived);
        Assert.True(StageName.IsValid(derived));
        Assert.True(derived!.Length <= StageName.MaxLength);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("___")]
    [InlineData("1234")]
    [InlineData("---")]
    [InlineData("\u00e9\u00e9")]
    public void No_stage_is_derived_from_a_name_without_letters(string? userName) =>
        Assert.Null(PersonalStage.FromUserName(userName));

    [Fact]
    public void The_derived_stage_is_remembered_and_reused_when_the_user_name_changes()
    {
        using var app = new TempDirectory();
        string file = app.Combine(".stageaware", "stage");

        string? first = PersonalStage.Resolve(app.Path, "Jane.Doe", isContinuousIntegration: false);
        Assert.Equal("jane-doe", first);
        Assert.Equal("jane-doe\n", File.ReadAllText(file));

        string? second = PersonalStage.Resolve(app.Path, "bob", isContinuousIntegration: false);
        Assert.Equal("jane-doe", second);

        string? third = PersonalStage.Resolve(app.Path, null, isContinuousIntegration: false);
        Assert.Equal("jane-doe", third);
        Assert.Equal("jane-doe\n", File.ReadAllText(file));
    }

    [Fact]
    public void A_stage_written_by_hand_is_used_with_its_whitespace_trimmed()
    {
        using var app = new TempDirectory();
        app.Write(Path.Combine(".stageaware", "stage"), "  pr-42 \r\n");

        Assert.Equal("pr-42", PersonalStage.Resolve(app.Path, "jane", isContinuousIntegration: false));
    }

    [Fact]
    public void An_invalid_remembered_stage_is_an_error_that_names_the_file()
    {
        using var app = new TempDirectory();
        string file = app.Write(Path.Combine(".stageaware", "stage"), "Jane_Doe\n");

        var e = Assert.Throws<StageAwareException>(
            () => PersonalStage.Resolve(app.Path, "jane", isContinuousIntegration: false));

        Assert.Equal(
            $"Stage 'Jane_Doe' (from {file}) is not a valid stage name: use {StageName.Rule}.", e.Message);
    }

    [Fact]
    public void An_empty_remembered_stage_is_an_error_that_names_the_file()
    {
        using var app = new TempDirectory();
        string file = app.Write(Path.Combine(".stageaware", "stage"), "\n");

        var e = Assert.Throws<StageAwareException>(
            () => PersonalStage.Resolve(app.Path, "jane", isContinuousIntegration: false));

        Assert.StartsWith($"An empty stage (from {file})", e.Message);
    }

    [Fact]
    public void In_CI_there_is_no_personal_stage_and_nothing_is_written()
    {
        using var app = new TempDirectory();

        Assert.Null(PersonalStage.Resolve(app.Path, "Jane.Doe", isContinuousIntegration: true));
        Assert.False(Directory.Exists(app.Combine(".stageaware")));
    }

    [Fact]
    public void In_CI_a_remembered_stage_is_not_used_either()
    {
        using var app = new TempDirectory();
        app.Write(Path.Combine(".stageaware", "stage"), "jane\n");

        Assert.Null(PersonalStage.Resolve(app.Path, "jane", isContinuousIntegration: true));
    }

    [Fact]
    public void A_user_name_without_a_stage_writes_nothing()
    {
        using var app = new TempDirectory();

        Assert.Null(PersonalStage.Resolve(app.Path, "___", isContinuousIntegration: false));
        Assert.False(Directory.Exists(app.Combine(".stageaware")));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CI_is_told_by_the_CI_variable(string? ci, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["CI"] = ci, ["GITHUB_ACTIONS"] = "true" };

        Assert.Equal(expected, PersonalStage.IsContinuousIntegration(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void The_file_is_dot_stageaware_slash_stage()
    {
        Assert.Equal(Path.Combine(".stageaware", "stage"), PersonalStage.RelativePath);
    }
}
