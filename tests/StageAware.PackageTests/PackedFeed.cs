using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace StageAware.PackageTests;

/// <summary>
/// Packs StageAware, its tool and its templates into a folder once, and lays out a user's workspace outside the
/// repository whose nuget.config adds that folder to the machine's sources and keeps restored packages apart.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    public string Root { get; } = Directory.CreateTempSubdirectory("stageaware-e2e-").FullName;

    public string Feed => Path.Combine(Root, "feed");

    public string Workspace => Path.Combine(Root, "workspace");

    /// <summary>
    /// The repository's version with a suffix of this run, so that no package of the same version restored
    /// before (in the machine's NuGet cache, say) can stand in for the one just packed.
    /// </summary>
    public string Version { get; } = $"{ReadVersion()}-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}";

    public Dictionary<string, string> Environment { get; } = Processes.UserEnvironment();

    /// <summary>The environment of the pack, before the workspace's own NuGet folder is set.</summary>
    private Dictionary<string, string> PackEnvironment { get; } = Processes.UserEnvironment();

    public IReadOnlyList<string> PackageFiles => Directory.GetFiles(Feed, "*.nupkg").Select(Path.GetFileName).ToArray()!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Workspace);

        foreach (string project in new[] { "StageAware", "StageAware.Cli", "StageAware.Templates" })
        {
            string path = Path.Combine(Processes.RepoRoot, "src", "Runtime", project, project + ".csproj");
            Run pack = await Processes.RunAsync(
                "dotnet", Processes.RepoRoot, PackEnvironment, "pack", path, "-c", "Release", "-o", Feed, "-nologo",
                "-p:StageAwareVersion=" + Version,
                // Built apart, so that packing never rewrites the repository's own outputs while other tests use them.
                "-p:UseArtifactsOutput=true",
                "-p:ArtifactsPath=" + Path.Combine(Root, "build"));
            Assert.True(pack.ExitCode == 0, pack.ToString());
        }

        // The workspace restores into a folder of its own; the machine's cache serves what it already holds (the CDK).
        string machinePackages = Environment.GetValueOrDefault("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment["HOME"], ".nuget", "packages");
        Environment["NUGET_PACKAGES"] = Path.Combine(Root, "packages");
        File.WriteAllText(Path.Combine(Workspace, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="stageaware-local" value="{Feed}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{machinePackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Runs <c>dotnet</c> in <paramref name="directory"/> with the user's environment and extra variables.</summary>
    public Task<Run> DotnetAsync(string directory, IReadOnlyDictionary<string, string>? extra, params string[] arguments)
    {
        var environment = new Dictionary<string, string>(Environment);
        foreach ((string name, string value) in extra ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return Processes.RunAsync("dotnet", directory, environment, arguments);
    }

    private static string ReadVersion()
    {
        XDocument props = XDocument.Load(Path.Combine(Processes.RepoRoot, "Directory.Build.props"));
        return props.Descendants("StageAwareVersion").Single().Value;
    }
}
