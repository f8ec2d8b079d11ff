using System;
using System.IO;

namespace StageAware.Tests.Support;

/// <summary>Paths inside this repository, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    /// <summary>The folder that holds <c>Analyzers.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The entry script of the CDK CLI that package.json pins (run <c>npm ci</c> at the root first).</summary>
    public static string CdkCli
    {
        get
        {
            string path = Path.Combine(Root, "node_modules", "aws-cdk", "bin", "cdk");
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException(
                    $"The pinned CDK CLI is missing at {path}: run 'npm ci' in {Root}.");
        }
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Analyzers.sln above {AppContext.BaseDirectory}.");
    }
}
