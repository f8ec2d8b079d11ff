using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace StageAware.IntegrationTests;

/// <summary>Reads what a real `stageaware synth` of the notes sample wrote, for dev and for prod.</summary>
[Collection(SynthCollection.Name)]
public sealed class SampleSynthTests
{
    private readonly SampleSynthFixture synth;

    public SampleSynthTests(SampleSynthFixture synth)
    {
        this.synth = synth;
    }

    [Fact]
    public void Dev_prints_each_stack_with_its_environment()
    {
        Assert.True(synth.Dev.Result.ExitCode == 0, synth.Dev.Result.Stderr);
        Assert.Equal(
            ["dev-notes-storage  aws://unknown-account/us-east-1", "dev-notes-auth     aws://unknown-account/us-east-1"],
            Lines(synth.Dev.Result.Stdout));
        Assert.Contains("Synthesized 2 stacks of stage dev (from --stage) in us-east-1 (from --region)", synth.Dev.Result.Stderr);
    }

    [Fact]
    public void Prod_takes_the_account_of_the_credentials_and_asks_only_its_region()
    {
        Assert.True(synth.Prod.Result.ExitCode == 0, synth.Prod.Result.Stderr);
        Assert.Equal(
            ["prod-notes-storage  aws://111111111111/eu-west-1", "prod-notes-auth     aws://111111111111/eu-west-1"],
            Lines(synth.Prod.Result.Stdout));

        Assert.Contains(synth.Prod.Requests, r => r is { Service: "sts", Action: "GetCallerIdentity" });
        Assert.All(synth.Prod.Requests, r => Assert.Equal("eu-west-1", r.Region));
        Assert.Empty(synth.Dev.Requests);
    }

    [Theory]
    [InlineData("dev", "us-east-1", "unknown-account")]
    [InlineData("prod", "eu-west-1", "111111111111")]
    public void The_manifest_holds_exactly_the_stage_stacks_with_environment_and_tags(string stage, string region, string account)
    {
        Dictionary<string, JsonElement> stacks = Stacks(Of(stage).Manifest);

        Assert.Equal([$"{stage}-notes-auth", $"{stage}-notes-storage"], stacks.Keys.Order());
        foreach (JsonElement stack in stacks.Values)
        {
            Assert.Equal($"aws://{account}/{region}", stack.GetProperty("environment").GetString());
            JsonElement tags = stack.GetProperty("properties").GetProperty("tags");
            Assert.Equal(stage, tags.GetProperty("stage").GetString());
            Assert.Equal("notes", tags.GetProperty("app").GetString());
        }
    }

    [Theory]
    [InlineData("dev", "Delete")]
    [InlineData("prod", "Retain")]
    public void The_storage_template_leaves_physical_names_to_CloudFormation_and_exports_stage_names(string stage, string deletion)
    {
        JsonElement template = Of(stage).Template($"{stage}-notes-storage");

        JsonElement table = Single(template, "AWS::DynamoDB::Table");
        Assert.False(table.GetProperty("Properties").TryGetProperty("TableName", out _));
        Assert.Equal(deletion, table.GetProperty("DeletionPolicy").GetString());

        JsonElement bucket = Single(template, "AWS::S3::Bucket");
        Assert.False(bucket.GetProperty("Properties").TryGetProperty("BucketName", out _));
        Assert.Contains(
            bucket.GetProperty("Properties").GetProperty("Tags").EnumerateArray(),
            t => t.GetProperty("Key").GetString() == "stage" && t.GetProperty("Value").GetString() == stage);

        string[] exports = template.GetProperty("Outputs").EnumerateObject()
            .Where(o => o.Value.TryGetProperty("Export", out _))
            .Select(o => o.Value.GetProperty("Export").GetProperty("Name").ToString())
            .ToArray();
        Assert.Contains($"{stage}-notes-TableName", exports);
        Assert.Contains($"{stage}-notes-UploadsBucketName", exports);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void The_auth_template_grants_the_identity_pool_the_stage_bucket(string stage)
    {
        JsonElement template = Of(stage).Template($"{stage}-notes-auth");

        Single(template, "AWS::Cognito::UserPool");
        Single(template, "AWS::Cognito::UserPoolClient");
        Single(template, "AWS::Cognito::IdentityPool");
        Single(template, "AWS::Cognito::IdentityPoolRoleAttachment");

        // The bucket comes from the same stage's storage stack, never from another stage's.
        string policy = Single(template, "AWS::IAM::Policy").ToString();
        Assert.Contains($"\"Fn::ImportValue\":\"{stage}-notes-storage:ExportsOutput", policy.Replace(" ", ""));
    }

    [Fact]
    public void Nothing_printed_or_written_holds_the_secret_and_no_staging_folder_is_left()
    {
        Assert.DoesNotContain(CliRun.FakeSecretKey, synth.Prod.Result.Stdout + synth.Prod.Result.Stderr);
        foreach (string file in Directory.EnumerateFiles(synth.Prod.Assembly, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(CliRun.FakeSecretKey, File.ReadAllText(file));
        }

        string output = Path.Combine(RepoPaths.Sample("notes"), "cdk.out");
        Assert.Empty(Directory.EnumerateDirectories(output, ".*.tmp"));
    }

    private StageSynth Of(string stage) => stage == "dev" ? synth.Dev : synth.Prod;

    private static string[] Lines(string text) =>
        text.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);

    private static Dictionary<string, JsonElement> Stacks(JsonElement manifest) =>
        manifest.GetProperty("artifacts").EnumerateObject()
            .Where(a => a.Value.GetProperty("type").GetString() == "aws:cloudformation:stack")
            .ToDictionary(a => a.Name, a => a.Value);

    private static JsonElement Single(JsonElement template, string type) =>
        Assert.Single(
            template.GetProperty("Resources").EnumerateObject(),
            r => r.Value.GetProperty("Type").GetString() == type).Value;
}
