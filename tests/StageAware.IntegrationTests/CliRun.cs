using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using StageAware.Cli;

namespace StageAware.IntegrationTests;

/// <summary>What one run of the CLI printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the stageaware CLI in process, in an environment that cannot reach AWS.</summary>
internal static class CliRun
{
    /// <summary>
    /// A fake access key new to every test run: the CDK CLI caches the account of a key in ~/.cdk, and a key it
    /// has seen would skip the request the tests watch for.
    /// </summary>
    public static readonly string FakeAccessKey = "AKIAFAKE" + System.Guid.NewGuid().ToString("N").Substring(0, 12).ToUpperInvariant();
    public const string FakeSecretKey = "fakeSecretKey/StageAwareTests/0123456789";

    /// <summary>
    /// The machine's environment without any AWS or CDK setting, pointed at <paramref name="endpoint"/>, with
    /// fake static credentials when <paramref name="credentials"/> is set.
    /// </summary>
    public static Dictionary<string, string> Environment(LocalAwsEndpoint endpoint, bool credentials) =>
        Environment(endpoint.Url, credentials);

    /// <summary>The same environment, pointed at the AWS stand-in at <paramref name="endpointUrl"/>.</summary>
    public static Dictionary<string, string> Environment(string endpointUrl, bool credentials)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            string name = (string)entry.Key;
            if (!name.StartsWith("AWS_", StringComparison.Ordinal) && !name.StartsWith("CDK_", StringComparison.Ordinal) &&
                !name.StartsWith("STAGEAWARE_", StringComparison.Ordinal))
            {
                environment[name] = (string?)entry.Value ?? "";
            }
        }

        string noFile = Path.Combine(Path.GetTempPath(), "stageaware-tests-no-aws-config");
        environment["AWS_CONFIG_FILE"] = noFile;
        environment["AWS_SHARED_CREDENTIALS_FILE"] = noFile;
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["AWS_ENDPOINT_URL"] = endpointUrl;
        environment["CDK_DISABLE_VERSION_CHECK"] = "true";
        environment["CDK_DISABLE_CLI_TELEMETRY"] = "true";
        environment["JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION"] = "1";
        if (credentials)
        {
            environment["AWS_ACCESS_KEY_ID"] = FakeAccessKey;
            environment["AWS_SECRET_ACCESS_KEY"] = FakeSecretKey;
        }

        return environment;
    }

    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, string directory, params string[] args) =>
        RunAsync(environment, directory, CancellationToken.None, args);

    /// <summary>Runs the CLI until it ends or <paramref name="interrupt"/> fires, as Ctrl-C would.</summary>
    public static async Task<CliResult> RunAsync(
        IReadOnlyDictionary<string, string> environment, string directory, CancellationToken interrupt, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = new StageAwareCli(stdout, stderr, environment, directory);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, interrupt);
        int exit = await cli.RunAsync(args, either.Token);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
