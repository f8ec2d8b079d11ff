using System;
using System.Collections.Generic;
using System.IO;
using Amazon.CDK;
using Amazon.CDK.AWS.SQS;
using Xunit;

namespace StageAware.IntegrationTests;

/// <summary>The runtime in process, through jsii: resolution, props, tags and the check before synth.</summary>
[Collection(SynthCollection.Name)]
public sealed class StageAwareAppTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("stageaware-app-").FullName;

    public StageAwareAppTests()
    {
        File.WriteAllText(Path.Combine(directory, "stageaware.json"), "{ \"name\": \"notes\", \"region\": \"eu-west-2\" }");
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Context_wins_over_the_environment_and_the_file()
    {
        StageAwareApp app = App(
            new() { ["stage"] = "prod", ["region"] = "eu-west-1" },
            new() { ["STAGEAWARE_STAGE"] = "qa", ["AWS_REGION"] = "us-west-2", ["CDK_DEFAULT_ACCOUNT"] = "222222222222" });

        Assert.Equal("prod", app.Stage);
        Assert.Equal("context 'stage'", app.StageSource.Source);
        Assert.Equal("eu-west-1", app.Region);
        Assert.Equal("222222222222", app.Account);
        Assert.Equal("prod-notes-storage", app.StackName("storage"));
        Assert.Equal("prod-notes-TableName", app.ExportName("TableName"));
    }

    [Fact]
    public void Without_context_the_environment_then_the_file_decide()
    {
        StageAwareApp app = App(new(), new() { ["STAGEAWARE_STAGE"] = "qa", ["CI"] = "true" });

        Assert.Equal("qa", app.Stage);
        Assert.Equal("eu-west-2", app.Region);
        Assert.Equal(StageAwareConfig.FileName, Path.GetFileName(app.RegionSource.Source));
        Assert.Null(app.Account);
    }

    [Fact]
    public void A_bad_stage_in_context_is_refused_with_the_rule()
    {
        var error = Assert.Throws<StageAwareException>(() => App(new() { ["stage"] = "Prod!" }, new()));

        Assert.StartsWith("Stage 'Prod!' (from context 'stage') is not a valid stage name", error.Message);
    }

    [Fact]
    public void StackProps_fills_in_the_stage_and_keeps_what_the_user_set()
    {
        StageAwareApp app = App(new() { ["stage"] = "prod", ["region"] = "eu-west-1" }, new());

        var filled = (StackProps)app.StackProps("storage");
        var own = app.StackProps("auth", new StackProps { Env = new Amazon.CDK.Environment { Region = "us-west-2" } });

        Assert.Equal("prod-notes-storage", filled.StackName);
        Assert.Equal("eu-west-1", filled.Env!.Region);
        Assert.Equal("prod-notes-auth", own.StackName);
        Assert.Equal("us-west-2", own.Env!.Region);
    }

    [Fact]
    public void A_stack_without_an_environment_inherits_the_stage_region_and_tags()
    {
        StageAwareApp app = App(new() { ["stage"] = "dev", ["region"] = "ap-southeast-2" }, new());

        var stack = new Stack(app, app.StackName("queue"));
        _ = new Queue(stack, "Jobs");
        app.Synth();

        Assert.Equal("ap-southeast-2", stack.Region);
        Assert.Equal("dev", stack.Tags.TagValues()["stage"]);
        Assert.Equal("notes", stack.Tags.TagValues()["app"]);
    }

    [Fact]
    public void The_check_names_every_stack_outside_the_stage_and_writes_nothing()
    {
        string outdir = Path.Combine(directory, "out");
        StageAwareApp app = App(new() { ["stage"] = "prod", ["region"] = "eu-west-1" }, new(), outdir);

        _ = new Stack(app, app.StackName("good"), app.StackProps("good"));
        _ = new Stack(app, "Legacy", new StackProps { Env = new Amazon.CDK.Environment { Region = "us-west-2" } });
        _ = new Stack(app, app.StackName("named"), new StackProps { StackName = "shared-name", Env = app.Env });

        var error = Assert.Throws<StageAwareException>(() => app.Synth());

        Assert.Equal(
            "Stage 'prod' (eu-west-1): 2 stacks are outside the stage: " +
            "Legacy (its stack name 'Legacy' lacks the prefix 'prod-notes-'; its region is us-west-2, not the stage's eu-west-1), " +
            "prod-notes-named (its stack name 'shared-name' lacks the prefix 'prod-notes-'). " +
            "Create each stack with its generated wiring (app.Add...Stack()) or with app.StackProps(\"id\", props), " +
            "and set no Env, Account, Region or StackName of your own.",
            error.Message);
        Assert.False(File.Exists(Path.Combine(outdir, "manifest.json")));
    }

    [Fact]
    public void Stacks_in_a_CDK_Stage_follow_its_name_and_nested_stacks_their_parent()
    {
        StageAwareApp app = App(new() { ["stage"] = "prod", ["region"] = "eu-west-1" }, new());

        var pipelineStage = new Amazon.CDK.Stage(app, app.StackName("pipeline"), new StageProps { Env = app.Env });
        var inStage = new Stack(pipelineStage, "service");
        _ = new NestedStack(inStage, "Nested");
        var wrongStage = new Amazon.CDK.Stage(app, "Pipeline", new StageProps { Env = app.Env });
        _ = new Stack(wrongStage, "service");

        var error = Assert.Throws<StageAwareException>(() => app.Synth());

        Assert.Equal("prod-notes-pipeline-service", inStage.StackName);
        Assert.Contains("1 stack is outside the stage", error.Message);
        Assert.Contains("Pipeline/service (its stack name 'Pipeline-service' lacks the prefix 'prod-notes-')", error.Message);
    }

    [Fact]
    public void Of_finds_the_app_and_refuses_a_plain_CDK_app()
    {
        StageAwareApp app = App(new() { ["stage"] = "dev" }, new());
        var stack = new Stack(app, app.StackName("x"), app.StackProps("x"));
        var plain = new Stack(new App(), "Other");

        Assert.Same(app, StageAwareApp.Of(stack));
        var error = Assert.Throws<StageAwareException>(() => StageAwareApp.Of(plain));
        Assert.Equal("The construct 'Other' is not in a StageAwareApp: create the app with new StageAwareApp().", error.Message);
    }

    private StageAwareApp App(Dictionary<string, object> context, Dictionary<string, string> environment, string? outdir = null) =>
        new(
            new AppProps { Context = context, Outdir = outdir ?? Path.Combine(directory, "out"), AnalyticsReporting = false },
            name => environment.TryGetValue(name, out string? value) ? value : null,
            directory);
}
