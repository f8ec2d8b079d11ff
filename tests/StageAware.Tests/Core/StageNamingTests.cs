using Xunit;

namespace StageAware.Tests.Core;

public sealed class StageNamingTests
{
    private readonly StageNaming prodNotes = new("prod", "notes");

    [Fact]
    public void Every_name_is_stage_app_name()
    {
        Assert.Equal("prod", prodNotes.Stage);
        Assert.Equal("notes", prodNotes.App);
        Assert.Equal("prod-notes-", prodNotes.Prefix);
        Assert.Equal("prod-notes-storage", prodNotes.StackName("storage"));
        Assert.Equal("prod-notes-uploads", prodNotes.PhysicalName("uploads"));
        Assert.Equal("prod-notes-TableName", prodNotes.ExportName("TableName"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1storage")]
    [InlineData("-storage")]
    [InlineData("storage_v2")]
    [InlineData("my storage")]
    [InlineData("Storage/Table")]
    public void An_invalid_stack_id_is_an_error_that_says_the_rule(string id)
    {
        var e = Assert.Throws<StageAwareException>(() => prodNotes.StackName(id));

        Assert.Equal(
            $"The stack id '{id}' is not valid: use a letter first, then letters, digits and hyphens, so that " +
            $"'prod-notes-{id}' is a CloudFormation stack name of at most 128 characters.",
            e.Message);
    }

    [Fact]
    public void A_stack_name_may_be_exactly_128_characters()
    {
        string id = "s" + new string('x', 128 - "prod-notes-".Length - 1);

        string name = prodNotes.StackName(id);

        Assert.Equal(128, name.Length);
        Assert.Equal(StageNaming.MaxStackNameLength, name.Length);
    }

    [Fact]
    public void A_stack_name_of_129_characters_is_an_error()
    {
        string id = "s" + new string('x', 128 - "prod-notes-".Length);

        var e = Assert.Throws<StageAwareException>(() => prodNotes.StackName(id));

        Assert.Contains("at most 128 characters", e.Message);
    }

    [Fact]
    public void The_limit_counts_the_whole_prefix()
    {
        var longNaming = new StageNaming("abcdefghijklmnop", "abcdefghijklmnopqrst");
        string fits = "s" + new string('x', 128 - longNaming.Prefix.Length - 1);

        Assert.Equal(128, longNaming.StackName(fits).Length);
        Assert.Throws<StageAwareException>(() => longNaming.StackName(fits + "x"));
    }

    [Theory]
    [InlineData("prod-notes-x", true)]
    [InlineData("prod-notes-storage", true)]
    [InlineData("prod-notes-", false)]
    [InlineData("prod-notes", false)]
    [InlineData("dev-notes-x", false)]
    [InlineData("prod-other-x", false)]
    [InlineData("Prod-notes-x", false)]
    [InlineData("xprod-notes-x", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_stack_name_of_the_stage_carries_its_prefix(string? stackName, bool expected) =>
        Assert.Equal(expected, prodNotes.IsStageStackName(stackName));

    [Fact]
    public void An_invalid_stage_is_an_error()
    {
        var e = Assert.Throws<StageAwareException>(() => new StageNaming("Prod!", "notes"));

        Assert.Equal($"Stage 'Prod!' (from the stage) is not a valid stage name: use {StageName.Rule}.", e.Message);
    }
}
