using System.Collections.Generic;
using StageAware.Cli;
using Xunit;

namespace StageAware.Tests.Cli;

public sealed class AssemblyVerifierTests
{
    private static readonly StageNaming ProdNotes = new("prod", "notes");

    private static readonly Dictionary<string, string> StageTags = new() { ["stage"] = "prod", ["app"] = "notes" };

    [Fact]
    public void An_assembly_of_the_stage_passes()
    {
        StackArtifact[] stacks =
        {
            Stack("prod-notes-storage", "aws://unknown-account/eu-west-1"),
            Stack("prod-notes-api", "aws://unknown-account/eu-west-1"),
        };

        Assert.Empty(AssemblyVerifier.Verify(stacks, ProdNotes, "eu-west-1"));
    }

    [Fact]
    public void A_stack_without_the_prefix_is_refused()
    {
        StackArtifact[] stacks = { Stack("Storage", "aws://unknown-account/eu-west-1") };

        Assert.Equal(
            new[] { "Storage: the stack name lacks the prefix 'prod-notes-'" },
            AssemblyVerifier.Verify(stacks, ProdNotes, "eu-west-1"));
    }

    [Fact]
    public void A_stack_of_another_stage_is_refused()
    {
        StackArtifact[] stacks = { Stack("dev-notes-storage", "aws://unknown-account/eu-west-1") };

        Assert.Contains(
            "dev-notes-storage: the stack name lacks the prefix 'prod-notes-'",
            AssemblyVerifier.Verify(stacks, ProdNotes, "eu-west-1"));
    }

    [Fact]
    public void A_stack_in_another_region_is_refused()
    {
        StackArtifact[] stacks = { Stack("prod-notes-storage", "aws://123456789012/us-west-2") };

        Assert.Equal(
            new[] { "prod-notes-storage: it targets aws://123456789012/us-west-2, not the region eu-west-1" },
            AssemblyVerifier.Verify(stacks, ProdNotes, "eu-west-1"));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("prod", null)]
    [InlineData(null, "notes")]
    [InlineData("dev", "notes")]
    [InlineData("prod", "other")]
    public void A_stack_without_the_stage_tags_is_refused(string? stage, string? app)
    {
        var tags = new Dictionary<string, string>();
        if (stage != null)
        {
            tags["stage"] = stage;
        }

        if (app != null)
        {
            tags["app"] = app;
        }

        StackArtifact[] stacks = { Stack("prod-notes-storage", "aws://unknown-account/eu-west-1", tags) };

        Assert.Equal(
            new[] { "prod-notes-storage: it lacks the tags stage=prod and app=notes" },
            AssemblyVerifier.Verify(stacks, ProdNotes, "eu-west-1"));
    }

    [Fact]
    public void Stacks_in_several_accounts_are_refused()
    {
        StackArtifact[] stacks =
        {
            Stack("prod-notes-storage", "aws://111111111111/eu-west-1"),
            Stack("prod-notes-api", "aws://222222222222/eu-west-1"),
            Stack("prod-notes-web", "aws://111111111111/eu-west-1"),
        };

        Assert.Equal(
            new[] { "the stacks target several accounts (111111111111, 222222222222), not the deploy's one" },
            AssemblyVerifier.Verify(stacks, ProdNotes, "eu-west-1"));
    }

    [Fact]
    public void An_app_without_stacks_is_refused()
    {
        Assert.Equal(
            new[] { "the app defines no stack" },
            AssemblyVerifier.Verify(System.Array.Empty<StackArtifact>(), ProdNotes, "eu-west-1"));
    }

    [Fact]
    public void Every_problem_of_every_stack_is_reported()
    {
        StackArtifact[] stacks =
        {
            Stack("Storage", "aws://111111111111/us-west-2", new Dictionary<string, string>()),
            Stack("prod-notes-api", "aws://222222222222/eu-west-1"),
        };

        Assert.Equal(
            new[]
            {
                "Storage: the stack name lacks the prefix 'prod-notes-'",
                "Storage: it targets aws://111111111111/us-west-2, not the region eu-west-1",
                "Storage: it lacks the tags stage=prod and app=notes",
                "the stacks target several accounts (111111111111, 222222222222), not the deploy's one",
            },
            AssemblyVerifier.Verify(stacks, ProdNotes, "eu-west-1"));
    }

    private static StackArtifact Stack(string name, string environment, Dictionary<string, string>? tags = null) =>
        new(name, name, environment, tags ?? StageTags, "/assembly/" + name + ".template.json", name, []);
}
