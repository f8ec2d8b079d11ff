using System;
using System.IO;

namespace StageAware.Cli;

/// <summary>Finds Node.js and the pinned AWS CDK CLI, or says how to install them.</summary>
internal static class Tooling
{
    /// <summary>An explicit path to the CDK CLI's entry script (<c>node_modules/aws-cdk/bin/cdk</c>).</summary>
    public const string CdkCliVariable = "STAGEAWARE_CDK_CLI";

    public static string FindNode(Func<string, string?> environment) =>
        FindOnPath("node", environment) ?? throw new StageAwareException(
            "Node.js was not found on PATH: the AWS CDK needs it; install Node.js 18 or later and open a new shell.");

    /// <summary>
    /// The CDK CLI entry script: <c>STAGEAWARE_CDK_CLI</c>, else <c>node_modules/aws-cdk</c> in the app's folder or
    /// a parent folder (where package.json pins it), else <c>cdk</c> on PATH.
    /// </summary>
    public static string FindCdkCli(string appDirectory, Func<string, string?> environment)
    {
        string? explicitPath = environment(CdkCliVariable);
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : throw new StageAwareException(
                $"{CdkCliVariable} points at {explicitPath}, which does not exist: fix or unset it.");
        }

        for (DirectoryInfo? dir = new DirectoryInfo(appDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "node_modules", "aws-cdk", "bin", "cdk");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        string? onPath = FindOnPath("cdk", environment);
        if (onPath != null)
        {
            // A global install is a link to the same entry script; node runs it the same way.
            return new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
        }

        throw new StageAwareException(
            "The AWS CDK CLI was not found: run 'npm install --save-dev aws-cdk' beside cdk.json " +
            "(or in a parent folder).");
    }

    private static string? FindOnPath(string name, Func<string, string?> environment)
    {
        string? path = environment("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        string[] extensions = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd", "" } : new[] { "" };
        foreach (string dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string extension in extensions)
            {
                string candidate = Path.Combine(dir, name + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
