using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using StageAware.Cli;

namespace StageAware.Tests.Support;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Lines(Stderr);

    public string[] StdoutLines => Lines(Stdout);

    /// <summary>The lines of stderr that report a failure.</summary>
    public string[] ErrorLines =>
        StderrLines.Where(l => l.StartsWith("stageaware: ", StringComparison.Ordinal)).ToArray();

    /// <summary>The one failure line of stderr, failing when there is not exactly one.</summary>
    public string SingleError => Xunit.Assert.Single(ErrorLines);

    private static string[] Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
}

/// <summary>
/// A temp folder with an app folder and a home folder, and an environment for the CLI that keeps everything on this
/// machine: no real credentials or AWS config, no instance metadata, and every AWS endpoint and proxy at a
/// 127.0.0.1 port that closes each connection.
/// </summary>
public sealed class CliSandbox : IDisposable
{
    private readonly TempDirectory root = new();
    private readonly LoopbackEndpoint endpoint = new();

    public CliSandbox()
    {
        Home = root.CreateDirectory("home");
        AppDirectory = root.CreateDirectory("app");
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "",
            ["HOME"] = Home,
            ["AWS_CONFIG_FILE"] = Path.Combine(Home, ".aws", "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(Home, ".aws", "credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_ENDPOINT_URL"] = endpoint.Url,
            ["HTTPS_PROXY"] = endpoint.Url,
            ["HTTP_PROXY"] = endpoint.Url,
            ["CDK_DISABLE_CLI_TELEMETRY"] = "true",
            ["CDK_DISABLE_VERSION_CHECK"] = "true",
        };
    }

    public TempDirectory Root => root;

    public string Home { get; }

    public string AppDirectory { get; }

    public Dictionary<string, string> Environment { get; }

    /// <summary>How many connections were made to the AWS endpoint and proxy of the sandbox.</summary>
    public int EndpointConnections => endpoint.Connections;

    /// <summary>The folder where the CLI keeps the assembly of <paramref name="stage"/>.</summary>
    public string AssemblyDirectory(string stage) => Path.Combine(AppDirectory, "cdk.out", stage);

    /// <summary>Writes a file of the app folder and returns its full path.</summary>
    public string WriteApp(string relative, string text) => root.Write(Path.Combine("app", relative), text);

    /// <summary>Writes <c>stageaware.json</c> and a <c>cdk.json</c> that runs <paramref name="appCommand"/>.</summary>
    public void WriteProject(string appCommand = "node app.js", string name = "notes")
    {
        WriteApp("stageaware.json", $$"""{ "name": "{{name}}" }""");
        WriteApp("cdk.json", $$"""{ "app": "{{appCommand}}" }""");
    }

    /// <summary>A sandbox whose app is the Node.js <paramref name="appScript"/>, run by the real CDK CLI.</summary>
    public static CliSandbox ForScript(string appScript)
    {
        var sandbox = new CliSandbox();
        sandbox.WriteProject("node app.js");
        sandbox.WriteApp("app.js", appScript);
        sandbox.UseRepositoryCdkCli();
        return sandbox;
    }

    /// <summary>Lets the CLI find the CDK CLI of this repository, as a user's package.json would.</summary>
    public void UseRepositoryCdkCli() => Environment[Tooling.CdkCliVariable] = RepoPaths.CdkCli;

    public Task<CliRun> RunAsync(params string[] args) => RunInAsync(AppDirectory, args);

    /// <summary>Runs the CLI as if started in <paramref name="currentDirectory"/>.</summary>
    public async Task<CliRun> RunInAsync(string currentDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var cli = new StageAwareCli(stdout, stderr, Environment, currentDirectory);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        int exitCode = await cli.RunAsync(args, timeout.Token);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Fails when a failed run left the assembly of <paramref name="stage"/> or anything in cdk.out.</summary>
    public void AssertNoAssemblyLeft(string stage)
    {
        Xunit.Assert.False(Directory.Exists(AssemblyDirectory(stage)), $"cdk.out/{stage} was left behind");
        string cdkOut = Path.Combine(AppDirectory, "cdk.out");
        if (Directory.Exists(cdkOut))
        {
            Xunit.Assert.Empty(Directory.GetFileSystemEntries(cdkOut));
        }
    }

    public void Dispose()
    {
        endpoint.Dispose();
        root.Dispose();
    }
}
