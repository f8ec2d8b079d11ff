using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace StageAware.PackageTests;

/// <summary>What a command printed and returned.</summary>
public sealed record Run(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

/// <summary>Runs the .NET SDK and other tools as a user would, in an environment that cannot reach AWS.</summary>
public static class Processes
{
    /// <summary>
    /// The machine's environment without CI markers, AWS settings or credentials; AWS calls go to a closed port
    /// on 127.0.0.1.
    /// </summary>
    public static Dictionary<string, string> UserEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            string name = (string)entry.Key;
            bool drop = name is "CI" or "ContinuousIntegrationBuild" or "TF_BUILD" or "GITHUB_ACTIONS" ||
                name.StartsWith("AWS_", StringComparison.Ordinal) || name.StartsWith("CDK_", StringComparison.Ordinal) ||
                name.StartsWith("STAGEAWARE_", StringComparison.Ordinal) || name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) ||
                name.StartsWith("VSTEST", StringComparison.Ordinal) || name == "DOTNET_HOST_PATH";
            if (!drop)
            {
                environment[name] = (string?)entry.Value ?? "";
            }
        }

        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["AWS_ENDPOINT_URL"] = "http://127.0.0.1:9";
        environment["AWS_CONFIG_FILE"] = "/nonexistent/stageaware-tests/config";
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/stageaware-tests/credentials";
        environment["CDK_DISABLE_CLI_TELEMETRY"] = "true";
        environment["JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION"] = "1";
        return environment;
    }

    public static async Task<Run> RunAsync(
        string fileName, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        process.WaitForExit();
        lock (output)
        {
            return new Run(process.ExitCode, output.ToString());
        }
    }

    public static string RepoRoot { get; } = FindRoot();

    private static void Append(StringBuilder output, string? line)
    {
        if (line != null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No Analyzers.sln above " + AppContext.BaseDirectory);
    }
}
