using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace StageAware.PackageTests;

/// <summary>StageAware as a user gets it: one PackageReference, a template, and the tool from a local folder.</summary>
public sealed class PackageTests : IClassFixture<PackedFeed>
{
    private readonly PackedFeed feed;

    public PackageTests(PackedFeed feed)
    {
        this.feed = feed;
    }

    [Fact]
    public void The_package_carries_the_runtime_the_analyzers_and_the_CI_rules_and_depends_only_on_the_CDK()
    {
        using ZipArchive package = ZipFile.OpenRead(Path.Combine(feed.Feed, $"StageAware.{feed.Version}.nupkg"));
        string[] entries = package.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("lib/net8.0/StageAware.dll", entries);
        Assert.Contains("lib/net8.0/StageAware.Core.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/StageAware.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/StageAware.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/StageAware.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/StageAware.props", entries);
        Assert.Contains("buildTransitive/StageAware.targets", entries);
        Assert.Contains("buildTransitive/StageAware.Enforce.globalconfig", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal) &&
            (e.Contains("Generators") || e.Contains("Analyzers") || e.Contains("CodeFixes") || e.Contains("CodeAnalysis")));

        XDocument nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var dependencies = nuspec.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).ToArray();
        Assert.Equal(["Amazon.CDK.Lib"], dependencies);
        Assert.Equal("2.160.0", (string)nuspec.Descendants(ns + "dependency").Single().Attribute("version")!);
        Assert.Equal("MIT", nuspec.Descendants(ns + "license").Single().Value);
        Assert.Equal("README.md", nuspec.Descendants(ns + "readme").Single().Value);
        Assert.NotNull(nuspec.Descendants(ns + "repository").SingleOrDefault());

        Assert.Contains($"StageAware.Tool.{feed.Version}.nupkg", feed.PackageFiles);
        Assert.Contains($"StageAware.Templates.{feed.Version}.nupkg", feed.PackageFiles);
    }

    [Fact]
    public async Task The_rules_warn_fail_in_CI_yield_to_StageAwareEnforce_and_to_editorconfig()
    {
        string project = WriteProject("Legacy", """
            using Amazon.CDK;
            using Constructs;

            var app = new App();
            _ = new Stack(app, "Storage", new StackProps
            {
                Env = new Amazon.CDK.Environment { Account = "123456789012", Region = "us-east-1" },
            });
            _ = new OddStack(app);
            app.Synth();

            public sealed class OddStack : Stack
            {
                public OddStack(Construct scope)
                    : base(scope, "odd")
                {
                }
            }
            """);

        Run warns = await BuildAsync(project);
        Assert.True(warns.ExitCode == 0, warns.ToString());
        foreach (string id in new[] { "STAGE001", "STAGE002", "STAGE003", "STAGE100" })
        {
            Assert.Contains("warning " + id, warns.Output);
        }

        Run ci = await BuildAsync(project, ("CI", "true"));
        Assert.True(ci.ExitCode != 0, ci.ToString());
        Assert.Contains("error STAGE001", ci.Output);
        Assert.Contains("error STAGE002", ci.Output);

        Run continuous = await BuildAsync(project, extraArguments: "-p:ContinuousIntegrationBuild=true");
        Assert.True(continuous.ExitCode != 0, continuous.ToString());
        Assert.Contains("error STAGE001", continuous.Output);

        Run enforced = await BuildAsync(project, extraArguments: "-p:StageAwareEnforce=true");
        Assert.True(enforced.ExitCode != 0, enforced.ToString());
        Assert.Contains("error STAGE003", enforced.Output);

        Run optedOut = await BuildAsync(project, ("CI", "true"), "-p:StageAwareEnforce=false");
        Assert.True(optedOut.ExitCode == 0, optedOut.ToString());
        Assert.Contains("warning STAGE001", optedOut.Output);

        string sarif = Path.Combine(project, "build.sarif");
        Run logged = await BuildAsync(project, extraArguments: "-p:StageAwareSarif=" + sarif);
        Assert.True(logged.ExitCode == 0, logged.ToString());
        string log = File.ReadAllText(sarif);
        Assert.Contains("\"STAGE001\"", log);
        Assert.Contains("docs/rules/STAGE001.md", log);

        // One rule silenced in .editorconfig stays silent in CI; the others are still errors.
        File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.STAGE001.severity = none\n");
        Run silenced = await BuildAsync(project, ("CI", "true"));
        Assert.True(silenced.ExitCode != 0, silenced.ToString());
        Assert.DoesNotContain("STAGE001", silenced.Output);
        Assert.Contains("error STAGE002", silenced.Output);
    }

    [Fact]
    public async Task The_template_builds_with_the_generated_wiring_and_the_local_tool_synthesizes_it()
    {
        string hive = Path.Combine(feed.Root, "template-hive");
        string templates = Path.Combine(feed.Feed, $"StageAware.Templates.{feed.Version}.nupkg");
        Run install = await feed.DotnetAsync(feed.Workspace, null, "new", "install", templates, "--debug:custom-hive", hive);
        Assert.True(install.ExitCode == 0, install.ToString());

        Run created = await feed.DotnetAsync(
            feed.Workspace, null, "new", "stageaware-cdk", "-n", "Orders.Api", "-o", "orders", "--StageAwareVersion", feed.Version,
            "--debug:custom-hive", hive);
        Assert.True(created.ExitCode == 0, created.ToString());
        string app = Path.Combine(feed.Workspace, "orders");
        Assert.Equal("{\n  \"name\": \"orders-api\"\n}\n", File.ReadAllText(Path.Combine(app, "stageaware.json")).Replace("\r", ""));

        Run build = await feed.DotnetAsync(app, null, "build", Path.Combine("src", "Orders.Api"), "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("warning STAGE", build.Output);

        Run manifest = await feed.DotnetAsync(app, null, "new", "tool-manifest", "--debug:custom-hive", hive);
        Assert.True(manifest.ExitCode == 0, manifest.ToString());
        Run tool = await feed.DotnetAsync(app, null, "tool", "install", "StageAware.Tool", "--version", feed.Version);
        Assert.True(tool.ExitCode == 0, tool.ToString());

        var cdk = new Dictionary<string, string>
        {
            ["STAGEAWARE_CDK_CLI"] = Path.Combine(Processes.RepoRoot, "node_modules", "aws-cdk", "bin", "cdk"),
        };
        Run synth = await feed.DotnetAsync(app, cdk, "tool", "run", "stageaware", "synth", "--stage", "dev", "--region", "eu-central-1");
        Assert.True(synth.ExitCode == 0, synth.ToString());
        Assert.Contains("dev-orders-api-app  aws://unknown-account/eu-central-1", synth.Output);
        Assert.True(File.Exists(Path.Combine(app, "cdk.out", "dev", "dev-orders-api-app.template.json")));
    }

    [Fact]
    public void The_template_references_the_version_of_this_repository_by_default()
    {
        string template = Path.Combine(
            Processes.RepoRoot, "src", "Runtime", "StageAware.Templates", "templates", "stageaware-cdk", ".template.config",
            "template.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(template));
        string version = json.RootElement.GetProperty("symbols").GetProperty("StageAwareVersion").GetProperty("defaultValue")
            .GetString()!;

        Assert.StartsWith(version + "-e2e.", feed.Version);
    }

    private string WriteProject(string name, string program)
    {
        string directory = Path.Combine(feed.Workspace, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Amazon.CDK.Lib" Version="2.160.0" />
                <PackageReference Include="StageAware" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        return directory;
    }

    private Task<Run> BuildAsync(string project, (string Name, string Value)? variable = null, string? extraArguments = null)
    {
        var extra = new Dictionary<string, string>();
        if (variable is { } v)
        {
            extra[v.Name] = v.Value;
        }

        // --no-incremental: each build must run the analyzers again with its own settings.
        var arguments = new List<string> { "build", project, "-nologo", "--no-incremental" };
        if (extraArguments != null)
        {
            arguments.Add(extraArguments);
        }

        return feed.DotnetAsync(project, extra, arguments.ToArray());
    }
}
