using Xunit;

namespace StageAware.Tests.Core;

public sealed class StageNameTests
{
    private const string Rule =
        "a letter first, then letters, digits and hyphens, at most 16 characters (for example dev, prod, pr-42)";

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("pr-42")]
    [InlineData("A")]
    [InlineData("Staging")]
    [InlineData("abcdefghijklmnop")]
    public void A_valid_stage_is_returned_as_is(string stage)
    {
        Assert.True(StageName.IsValid(stage));
        Assert.Equal(stage, StageName.Validate(stage, "--stage"));
    }

    [Theory]
    [InlineData("Prod!")]
    [InlineData("1prod")]
    [InlineData("-dev")]
    [InlineData("dev_1")]
    [InlineData("dev 1")]
    [InlineData("abcdefghijklmnopq")]
    [InlineData("d\u00e9v")]
    [InlineData("\u00e9t\u00e9")]
    public void An_invalid_stage_is_an_error_that_names_the_source_and_the_rule(string stage)
    {
        Assert.False(StageName.IsValid(stage));

        var e = Assert.Throws<StageAwareException>(() => StageName.Validate(stage, "--stage"));

        Assert.Equal($"Stage '{stage}' (from --stage) is not a valid stage name: use {Rule}.", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void An_empty_stage_is_an_error_that_says_it_is_empty(string? stage)
    {
        Assert.False(StageName.IsValid(stage));

        var e = Assert.Throws<StageAwareException>(() => StageName.Validate(stage, "STAGEAWARE_STAGE"));

        Assert.Equal($"An empty stage (from STAGEAWARE_STAGE) is not a valid stage name: use {Rule}.", e.Message);
    }

    [Fact]
    public void The_limit_and_the_default_are_what_the_rule_says()
    {
        Assert.Equal(16, StageName.MaxLength);
        Assert.Equal("dev", StageName.Default);
        Assert.Equal(Rule, StageName.Rule);
    }
}

public sealed class AppNameTests
{
    private const string Rule = "a letter first, then letters, digits and hyphens, at most 20 characters";

    [Theory]
    [InlineData("notes")]
    [InlineData("n")]
    [InlineData("Notes-2")]
    [InlineData("abcdefghijklmnopqrst")]
    public void A_valid_app_name_passes(string name) => Assert.True(AppName.IsValid(name));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("notes!")]
    [InlineData("1notes")]
    [InlineData("-notes")]
    [InlineData("notes_app")]
    [InlineData("abcdefghijklmnopqrstu")]
    [InlineData("n\u00f6tes")]
    public void An_invalid_app_name_fails(string? name) => Assert.False(AppName.IsValid(name));

    [Fact]
    public void The_rule_is_said_in_the_error_of_the_naming()
    {
        var e = Assert.Throws<StageAwareException>(() => new StageNaming("prod", "notes_app"));

        Assert.Equal($"The app name 'notes_app' is not valid: use {Rule}.", e.Message);
        Assert.Equal(Rule, AppName.Rule);
        Assert.Equal(20, AppName.MaxLength);
    }
}
