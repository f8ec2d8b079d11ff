using System.Collections.Generic;
using System.IO;
using System.Linq;
using StageAware.Cli;
using StageAware.Tests.Support;
using Xunit;

namespace StageAware.Tests.Cli;

public sealed class CloudAssemblyReaderTests
{
    [Fact]
    public void The_stacks_of_a_CDK_Stage_are_read_from_its_nested_assembly()
    {
        using var assembly = new TempDirectory();
        assembly.Write("manifest.json", """
            {
              "version": "38.0.0",
              "artifacts": {
                "Tree": { "type": "cdk:tree", "properties": { "file": "tree.json" } },
                "prod-notes-shared": {
                  "type": "aws:cloudformation:stack",
                  "environment": "aws://123456789012/eu-west-1",
                  "properties": {
                    "templateFile": "prod-notes-shared.template.json",
                    "stackName": "prod-notes-shared",
                    "tags": { "stage": "prod", "app": "notes" }
                  }
                },
                "assembly-Prod": {
                  "type": "cdk:cloud-assembly",
                  "properties": { "directoryName": "assembly-Prod", "displayName": "Prod" }
                }
              }
            }
            """);
        assembly.Write(Path.Combine("assembly-Prod", "manifest.json"), """
            {
              "version": "38.0.0",
              "artifacts": {
                "ProdStorage1234ABCD": {
                  "type": "aws:cloudformation:stack",
                  "environment": "aws://unknown-account/eu-west-1",
                  "properties": {
                    "templateFile": "ProdStorage1234ABCD.template.json",
                    "stackName": "prod-notes-storage",
                    "tags": { "stage": "prod", "app": "notes", "team": "data" }
                  }
                }
              }
            }
            """);

        IReadOnlyList<StackArtifact> stacks = CloudAssemblyReader.ReadStacks(assembly.Path);

        Assert.Equal(new[] { "prod-notes-shared", "prod-notes-storage" }, stacks.Select(s => s.StackName));
        StackArtifact nested = stacks[1];
        Assert.Equal("ProdStorage1234ABCD", nested.ArtifactId);
        Assert.Equal("aws://unknown-account/eu-west-1", nested.Environment);
        Assert.Equal("unknown-account", nested.Account);
        Assert.Equal("eu-west-1", nested.Region);
        Assert.Equal(assembly.Combine("assembly-Prod", "ProdStorage1234ABCD.template.json"), nested.TemplatePath);
        Assert.Equal(
            new Dictionary<string, string> { ["stage"] = "prod", ["app"] = "notes", ["team"] = "data" },
            nested.Tags);
        Assert.Equal("123456789012", stacks[0].Account);
        Assert.Equal(assembly.Combine("prod-notes-shared.template.json"), stacks[0].TemplatePath);
    }

    [Fact]
    public void A_stack_without_a_stack_name_is_named_after_its_artifact_and_may_have_no_tags()
    {
        using var assembly = new TempDirectory();
        assembly.Write("manifest.json", """
            {
              "version": "38.0.0",
              "artifacts": {
                "Storage": {
                  "type": "aws:cloudformation:stack",
                  "environment": "aws://unknown-account/us-west-2",
                  "properties": { "templateFile": "Storage.template.json" }
                }
              }
            }
            """);

        StackArtifact stack = Assert.Single(CloudAssemblyReader.ReadStacks(assembly.Path));

        Assert.Equal("Storage", stack.StackName);
        Assert.Equal("us-west-2", stack.Region);
        Assert.Empty(stack.Tags);
    }

    [Fact]
    public void An_assembly_without_artifacts_has_no_stacks()
    {
        using var assembly = new TempDirectory();
        assembly.Write("manifest.json", """{ "version": "38.0.0" }""");

        Assert.Empty(CloudAssemblyReader.ReadStacks(assembly.Path));
    }

    [Fact]
    public void A_missing_manifest_says_the_app_must_synthesize()
    {
        using var assembly = new TempDirectory();

        var e = Assert.Throws<StageAwareException>(() => CloudAssemblyReader.ReadStacks(assembly.Path));

        Assert.Equal(
            $"The synth wrote no manifest.json in {assembly.Path}: the app must call app.Synth().", e.Message);
    }
}
