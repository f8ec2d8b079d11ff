using StageAware.Cli;
using StageAware.Tests.Support;
using Xunit;

namespace StageAware.Tests.Cli;

public sealed class CdkProjectTests
{
    [Fact]
    public void The_app_command_and_the_stage_and_region_context_are_read()
    {
        using var app = new TempDirectory();
        string path = app.Write("cdk.json", """
            {
              // cdk.json may carry comments and trailing commas, as the CDK CLI allows
              "app": "dotnet run --project src/Notes/Notes.csproj",
              "context": { "stage": "staging", "region": "eu-west-2", "other": 1, },
            }
            """);

        CdkProject project = CdkProject.Load(app.Path);

        Assert.Equal(
            new CdkProject(path, "dotnet run --project src/Notes/Notes.csproj", "staging", "eu-west-2"), project);
    }

    [Theory]
    [InlineData("""{ "app": "node app.js" }""")]
    [InlineData("""{ "app": "node app.js", "context": {} }""")]
    [InlineData("""{ "app": "node app.js", "context": { "stage": null } }""")]
    [InlineData("""{ "app": "node app.js", "context": [] }""")]
    public void Without_the_context_keys_there_is_no_stage_or_region(string json)
    {
        using var app = new TempDirectory();
        app.Write("cdk.json", json);

        CdkProject project = CdkProject.Load(app.Path);

        Assert.Null(project.StageContext);
        Assert.Null(project.RegionContext);
    }

    [Fact]
    public void A_context_stage_that_is_not_a_string_is_an_error()
    {
        using var app = new TempDirectory();
        string path = app.Write("cdk.json", """{ "app": "node app.js", "context": { "stage": 42 } }""");

        var e = Assert.Throws<StageAwareException>(() => CdkProject.Load(app.Path));

        Assert.Equal($"\"stage\" in {path} must be a string.", e.Message);
    }

    [Fact]
    public void A_cdk_json_that_is_not_an_object_is_an_error()
    {
        using var app = new TempDirectory();
        string path = app.Write("cdk.json", "[]");

        var e = Assert.Throws<StageAwareException>(() => CdkProject.Load(app.Path));

        Assert.Equal(
            $"{path} must hold a JSON object, e.g. {{ \"app\": \"dotnet run --project src/App/App.csproj\" }}.",
            e.Message);
    }
}
