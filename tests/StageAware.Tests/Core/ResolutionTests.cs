using System;
using System.Collections.Generic;
using Xunit;

namespace StageAware.Tests.Core;

public sealed class ResolutionTests
{
    private const string ConfigPath = "/apps/notes/stageaware.json";

    private static readonly string PersonalSource = $"the personal stage ({PersonalStage.RelativePath})";

    /// <summary>The stage sources from the highest; each row sets its source and every lower one.</summary>
    public static TheoryData<int, string, string> StageRows => new()
    {
        { 0, "opt", "--stage" },
        { 1, "ctx", "context 'stage'" },
        { 2, "envstage", "STAGEAWARE_STAGE" },
        { 3, "file", ConfigPath },
        { 4, "mine", PersonalSource },
        { 5, "dev", "the default" },
    };

    /// <summary>The region sources from the highest; each row sets its source and every lower one.</summary>
    public static TheoryData<int, string, string> RegionRows => new()
    {
        { 0, "eu-west-1", "--region" },
        { 1, "eu-west-2", "context 'region'" },
        { 2, "eu-west-3", "AWS_REGION" },
        { 3, "eu-central-1", "AWS_DEFAULT_REGION" },
        { 4, "ap-south-1", ConfigPath },
        { 5, "sa-east-1", "the AWS profile" },
        { 6, "us-east-1", "the default" },
    };

    [Theory]
    [MemberData(nameof(StageRows))]
    public void The_highest_stage_source_that_is_set_wins(int from, string value, string source)
    {
        int personalCalls = 0;
        var environment = new Dictionary<string, string>();
        if (from <= 2)
        {
            environment["STAGEAWARE_STAGE"] = "envstage";
        }

        var input = new ResolutionInput
        {
            StageOption = from <= 0 ? "opt" : null,
            StageContext = from <= 1 ? "ctx" : null,
            Environment = Reader(environment),
            Config = Config(from <= 3 ? """{ "name": "notes", "stage": "file" }""" : """{ "name": "notes" }"""),
            PersonalStage = () =>
            {
                personalCalls++;
                return from <= 4 ? "mine" : null;
            },
        };

        Resolved stage = Resolution.Stage(input);

        Assert.Equal(value, stage.Value);
        Assert.Equal(source, stage.Source);

        // The personal stage may write a file: it is asked for only when nothing above it gives a stage.
        Assert.Equal(from >= 4 ? 1 : 0, personalCalls);
    }

    [Theory]
    [MemberData(nameof(RegionRows))]
    public void The_highest_region_source_that_is_set_wins(int from, string value, string source)
    {
        var environment = new Dictionary<string, string>();
        if (from <= 2)
        {
            environment["AWS_REGION"] = "eu-west-3";
        }

        if (from <= 3)
        {
            environment["AWS_DEFAULT_REGION"] = "eu-central-1";
        }

        var input = new ResolutionInput
        {
            RegionOption = from <= 0 ? "eu-west-1" : null,
            RegionContext = from <= 1 ? "eu-west-2" : null,
            Environment = Reader(environment),
            Config = Config(from <= 4 ? """{ "name": "notes", "region": "ap-south-1" }""" : """{ "name": "notes" }"""),
            ProfileRegion = from <= 5 ? "sa-east-1" : null,
        };

        Resolved region = Resolution.Region(input);

        Assert.Equal(value, region.Value);
        Assert.Equal(source, region.Source);
    }

    [Fact]
    public void Without_a_config_the_file_source_is_skipped()
    {
        Resolved stage = Resolution.Stage(new ResolutionInput());
        Resolved region = Resolution.Region(new ResolutionInput { ProfileRegion = "eu-north-1" });

        Assert.Equal(new Resolved("dev", "the default"), stage);
        Assert.Equal(new Resolved("eu-north-1", "the AWS profile"), region);
    }

    [Theory]
    [InlineData(0, "--stage")]
    [InlineData(1, "context 'stage'")]
    [InlineData(2, "STAGEAWARE_STAGE")]
    [InlineData(4, "the personal stage")]
    public void An_invalid_winning_stage_is_an_error_naming_its_source_not_skipped(int at, string source)
    {
        var environment = new Dictionary<string, string>();
        environment["STAGEAWARE_STAGE"] = at == 2 ? "Prod!" : "envstage";
        var input = new ResolutionInput
        {
            StageOption = at == 0 ? "Prod!" : null,
            StageContext = at == 1 ? "Prod!" : at < 1 ? "ctx" : null,
            Environment = Reader(at <= 2 ? environment : new Dictionary<string, string>()),
            Config = Config("""{ "name": "notes" }"""),
            PersonalStage = () => at == 4 ? "Prod!" : "mine",
        };

        var e = Assert.Throws<StageAwareException>(() => Resolution.Stage(input));

        Assert.StartsWith($"Stage 'Prod!' (from {source}", e.Message);
        Assert.EndsWith($"is not a valid stage name: use {StageName.Rule}.", e.Message);
    }

    [Fact]
    public void An_empty_stage_option_is_an_error_not_an_unset_one()
    {
        var input = new ResolutionInput { StageOption = "", StageContext = "ctx" };

        var e = Assert.Throws<StageAwareException>(() => Resolution.Stage(input));

        Assert.StartsWith("An empty stage (from --stage)", e.Message);
    }

    [Theory]
    [InlineData(0, "--region")]
    [InlineData(1, "context 'region'")]
    [InlineData(2, "AWS_REGION")]
    [InlineData(3, "AWS_DEFAULT_REGION")]
    [InlineData(5, "the AWS profile")]
    public void An_invalid_winning_region_is_an_error_naming_its_source_not_skipped(int at, string source)
    {
        var environment = new Dictionary<string, string>();
        if (at <= 2)
        {
            environment["AWS_REGION"] = at == 2 ? "mars-1" : "eu-west-3";
        }

        if (at <= 3)
        {
            environment["AWS_DEFAULT_REGION"] = at == 3 ? "mars-1" : "eu-central-1";
        }

        var input = new ResolutionInput
        {
            RegionOption = at == 0 ? "mars-1" : null,
            RegionContext = at == 1 ? "mars-1" : at < 1 ? "eu-west-2" : null,
            Environment = Reader(environment),
            Config = Config(at <= 4 ? """{ "name": "notes", "region": "ap-south-1" }""" : """{ "name": "notes" }"""),
            ProfileRegion = at == 5 ? "mars-1" : "sa-east-1",
        };

        var e = Assert.Throws<StageAwareException>(() => Resolution.Region(input));

        Assert.Equal(
            $"Region 'mars-1' (from {source}) is not an AWS region: use a region name such as us-east-1 or eu-west-1.",
            e.Message);
    }

    [Fact]
    public void An_empty_stage_variable_counts_as_unset()
    {
        var input = new ResolutionInput
        {
            Environment = Reader(new() { ["STAGEAWARE_STAGE"] = "" }),
            Config = Config("""{ "name": "notes", "stage": "file" }"""),
        };

        Assert.Equal(new Resolved("file", ConfigPath), Resolution.Stage(input));
    }

    [Fact]
    public void Empty_region_variables_count_as_unset()
    {
        var onlyDefault = new ResolutionInput
        {
            Environment = Reader(new() { ["AWS_REGION"] = "", ["AWS_DEFAULT_REGION"] = "eu-west-3" }),
        };
        var neither = new ResolutionInput
        {
            Environment = Reader(new() { ["AWS_REGION"] = "", ["AWS_DEFAULT_REGION"] = "" }),
            ProfileRegion = "",
        };

        Assert.Equal(new Resolved("eu-west-3", "AWS_DEFAULT_REGION"), Resolution.Region(onlyDefault));
        Assert.Equal(new Resolved("us-east-1", "the default"), Resolution.Region(neither));
    }

    [Fact]
    public void The_account_is_read_from_CDK_DEFAULT_ACCOUNT()
    {
        var environment = new Dictionary<string, string> { ["CDK_DEFAULT_ACCOUNT"] = "123456789012" };

        Assert.Equal("123456789012", Resolution.Account(Reader(environment)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_CDK_DEFAULT_ACCOUNT_the_account_is_unknown(string? account)
    {
        var environment = new Dictionary<string, string>();
        if (account != null)
        {
            environment["CDK_DEFAULT_ACCOUNT"] = account;
        }

        Assert.Null(Resolution.Account(Reader(environment)));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567890123")]
    [InlineData("12345678901a")]
    [InlineData("unknown-account")]
    [InlineData(" 123456789012")]
    public void A_CDK_DEFAULT_ACCOUNT_that_is_not_12_digits_is_an_error(string account)
    {
        var environment = new Dictionary<string, string> { ["CDK_DEFAULT_ACCOUNT"] = account };

        var e = Assert.Throws<StageAwareException>(() => Resolution.Account(Reader(environment)));

        Assert.Equal(
            "CDK_DEFAULT_ACCOUNT is not a 12-digit AWS account id: unset it and let the CDK CLI set it from the " +
            "credentials.",
            e.Message);
    }

    private static StageAwareConfig Config(string json) => StageAwareConfig.Parse(json, ConfigPath);

    private static Func<string, string?> Reader(Dictionary<string, string> environment) =>
        name => environment.TryGetValue(name, out string? value) ? value : null;
}
