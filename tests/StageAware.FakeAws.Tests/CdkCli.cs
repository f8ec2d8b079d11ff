using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace StageAware.FakeAws.Tests;

/// <summary>What one run of the CDK CLI printed and returned.</summary>
public sealed record CdkResult(int ExitCode, string Stdout, string Stderr, string AccessKeyId)
{
    public string Output => Stdout + Stderr;
}

/// <summary>
/// Runs the pinned AWS CDK CLI against a <see cref="FakeAwsServer"/>, in an environment that cannot reach AWS:
/// no AWS, CDK or proxy variable of the machine, the endpoint on 127.0.0.1, fake static credentials (a new access
/// key every run, as the CLI caches accounts by key), no metadata service, no config or credentials files.
/// </summary>
public static class CdkCli
{
    public const string FakeSecretKey = "fakeSecretKey/StageAwareFakeAwsTests/0123";

    public static string Root { get; } = FindRoot();

    public static string Cdk => Path.Combine(Root, "node_modules", "aws-cdk", "bin", "cdk");

    public static string NewAccessKey() => "AKIAFAKE" + Guid.NewGuid().ToString("N").Substring(0, 12).ToUpperInvariant();

    public static Dictionary<string, string> Environment(FakeAwsServer server, string accessKeyId, string region)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            string name = (string)entry.Key;
            string upper = name.ToUpperInvariant();
            if (!upper.StartsWith("AWS_", StringComparison.Ordinal) && !upper.StartsWith("CDK_", StringComparison.Ordinal) &&
                !upper.StartsWith("STAGEAWARE_", StringComparison.Ordinal) && upper is not ("HTTPS_PROXY" or "HTTP_PROXY" or "ALL_PROXY" or "NO_PROXY"))
            {
                environment[name] = (string?)entry.Value ?? "";
            }
        }

        string noFile = Path.Combine(Path.GetTempPath(), "stageaware-fakeaws-tests-no-aws-config-" + Guid.NewGuid().ToString("N"));
        environment["AWS_ENDPOINT_URL"] = server.Url;
        environment["AWS_ACCESS_KEY_ID"] = accessKeyId;
        environment["AWS_SECRET_ACCESS_KEY"] = FakeSecretKey;
        environment["AWS_REGION"] = region;
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["AWS_CONFIG_FILE"] = noFile;
        environment["AWS_SHARED_CREDENTIALS_FILE"] = noFile;
        environment["CDK_DISABLE_CLI_TELEMETRY"] = "true";
        environment["CDK_DISABLE_VERSION_CHECK"] = "true";
        environment["JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION"] = "1";
        return environment;
    }

    /// <summary>Runs <c>node cdk ARGS --no-notices</c> in <paramref name="directory"/>; a cancelled run is killed.</summary>
    public static async Task<CdkResult> RunAsync(
        FakeAwsServer server,
        string directory,
        IEnumerable<string> args,
        CancellationToken cancel = default,
        string region = "eu-west-1",
        IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        string accessKeyId = NewAccessKey();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Cdk);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--no-notices");
        start.Environment.Clear();
        foreach ((string name, string value) in Environment(server, accessKeyId, region))
        {
            start.Environment[name] = value;
        }

        foreach ((string name, string value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        process.WaitForExit();
        lock (stdout)
        {
            lock (stderr)
            {
                return new CdkResult(process.ExitCode, stdout.ToString(), stderr.ToString(), accessKeyId);
            }
        }
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line == null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
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

        throw new InvalidOperationException("The tests run outside the repository: no Analyzers.sln above " + AppContext.BaseDirectory);
    }
}
