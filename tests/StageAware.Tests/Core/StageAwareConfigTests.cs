using StageAware.Tests.Support;
using Xunit;

namespace StageAware.Tests.Core;

public sealed class StageAwareConfigTests
{
    private const string ConfigPath = "/apps/notes/stageaware.json";

    [Fact]
    public void A_missing_file_says_where_it_was_looked_for_and_what_to_write()
    {
        using var dir = new TempDirectory();

        var e = Assert.Throws<StageAwareException>(() => StageAwareConfig.Load(dir.Path));

        Assert.Equal(
            $"No stageaware.json in {dir.Path}: create one beside cdk.json with the app name, " +
            "e.g. { \"name\": \"notes\" }.",
            e.Message);
    }

    [Fact]
    public void A_file_is_loaded_from_the_app_folder()
    {
        using var dir = new TempDirectory();
        string path = dir.Write(
            "stageaware.json", """{ "name": "notes", "stage": "staging", "region": "eu-west-1" }""");

        StageAwareConfig config = StageAwareConfig.Load(dir.Path);

        Assert.Equal(path, config.Path);
        Assert.Equal("notes", config.Name);
        Assert.Equal("staging", config.Stage);
        Assert.Equal("eu-west-1", config.Region);
    }

    [Fact]
    public void A_file_with_only_the_name_has_no_defaults()
    {
        StageAwareConfig config = StageAwareConfig.Parse("""{ "name": "notes" }""", ConfigPath);

        Assert.Equal(ConfigPath, config.Path);
        Assert.Equal("notes", config.Name);
        Assert.Null(config.Stage);
        Assert.Null(config.Region);
    }

    [Fact]
    public void Null_defaults_count_as_absent()
    {
        StageAwareConfig config = StageAwareConfig.Parse(
            """{ "name": "notes", "stage": null, "region": null }""", ConfigPath);

        Assert.Null(config.Stage);
        Assert.Null(config.Region);
    }

    [Fact]
    public void Invalid_json_says_the_line_and_column_counted_from_one()
    {
        // The comma after "notes" is missing: the parser stops at the start of line 3.
        const string json = "{\n  \"name\": \"notes\"\n  \"stage\": \"prod\"\n}\n";

        var e = Assert.Throws<StageAwareException>(() => StageAwareConfig.Parse(json, ConfigPath));

        Assert.Equal(
            $"{ConfigPath} is not valid JSON at line 3, column 3: fix the file, e.g. {{ \"name\": \"notes\" }}.",
            e.Message);
    }

    [Fact]
    public void The_column_of_a_JSON_error_counts_characters()
    {
        // "caf\u00e9" is 6 characters but 7 bytes; the comma is missing before "name", the 18th character.
        const string json = "{ \"note\": \"caf\u00e9\" \"name\": \"notes\" }";

        var e = Assert.Throws<StageAwareException>(() => StageAwareConfig.Parse(json, ConfigPath));

        Assert.StartsWith($"{ConfigPath} is not valid JSON at line 1, column 18:", e.Message);
    }

    [Theory]
    [InlineData("[ \"notes\" ]")]
    [InlineData("\"notes\"")]
    [InlineData("42")]
    public void A_file_that_is_not_an_object_is_an_error(string json)
    {
        var e = Assert.Throws<StageAwareException>(() => StageAwareConfig.Parse(json, ConfigPath));

        Assert.Equal($"{ConfigPath} must hold a JSON object, e.g. {{ \"name\": \"notes\" }}.", e.Message);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ \"stage\": \"prod\" }")]
    [InlineData("{ \"name\": null }")]
    public void A_file_without_a_name_is_an_error(string json)
    {
        var e = Assert.Throws<StageAwareException>(() => StageAwareConfig.Parse(json, ConfigPath));

        Assert.Equal($"{ConfigPath} has no \"name\": add the app name, e.g. \"name\": \"notes\".", e.Message);
    }

    [Theory]
    [InlineData("notes_app")]
    [InlineData("1notes")]
    [InlineData("")]
    [InlineData("a-name-that-is-too-long")]
    public void A_bad_name_is_an_error_that_says_the_rule(string name)
    {
        var e = Assert.Throws<StageAwareException>(
            () => StageAwareConfig.Parse($$"""{ "name": "{{name}}" }""", ConfigPath));

        Assert.Equal(
            $"The app name '{name}' in {ConfigPath} is not valid: use {AppName.Rule}.",
            e.Message);
    }

    [Theory]
    [InlineData("{ \"name\": 42 }", "name")]
    [InlineData("{ \"name\": [\"notes\"] }", "name")]
    [InlineData("{ \"name\": \"notes\", \"stage\": 1 }", "stage")]
    [InlineData("{ \"name\": \"notes\", \"region\": true }", "region")]
    public void A_value_that_is_not_a_string_is_an_error(string json, string property)
    {
        var e = Assert.Throws<StageAwareException>(() => StageAwareConfig.Parse(json, ConfigPath));

        Assert.Equal($"\"{property}\" in {ConfigPath} must be a string.", e.Message);
    }

    [Fact]
    public void A_bad_stage_is_an_error_that_names_the_file()
    {
        var e = Assert.Throws<StageAwareException>(
            () => StageAwareConfig.Parse("""{ "name": "notes", "stage": "Prod!" }""", ConfigPath));

        Assert.Equal(
            $"Stage 'Prod!' (from {ConfigPath}) is not a valid stage name: use {StageName.Rule}.", e.Message);
    }

    [Fact]
    public void An_empty_stage_is_an_error_not_an_absent_one()
    {
        var e = Assert.Throws<StageAwareException>(
            () => StageAwareConfig.Parse("""{ "name": "notes", "stage": "" }""", ConfigPath));

        Assert.StartsWith($"An empty stage (from {ConfigPath})", e.Message);
    }

    [Fact]
    public void A_bad_region_is_an_error_that_names_the_file()
    {
        var e = Assert.Throws<StageAwareException>(
            () => StageAwareConfig.Parse("""{ "name": "notes", "region": "mars-1" }""", ConfigPath));

        Assert.Equal(
            $"Region 'mars-1' (from {ConfigPath}) is not an AWS region: use a region name such as us-east-1 or " +
            "eu-west-1.",
            e.Message);
    }

    [Fact]
    public void The_file_name_and_variable_are_the_documented_ones()
    {
        Assert.Equal("stageaware.json", StageAwareConfig.FileName);
        Assert.Equal("STAGEAWARE_CONFIG", StageAwareConfig.PathVariable);
    }
}
