using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StageAware.Cli;

/// <summary>
/// Runs the pinned AWS CDK CLI for one stage, with the stage's region and profile given to that process alone.
/// </summary>
internal sealed class CdkCli
{
    private readonly IReadOnlyDictionary<string, string> environment;

    public CdkCli(IReadOnlyDictionary<string, string> environment)
    {
        this.environment = environment;
    }

    private string? Env(string name) => environment.TryGetValue(name, out string? value) ? value : null;

    /// <summary>Finds Node.js and the CDK CLI, or throws the error that says how to install them.</summary>
    public (string Node, string Entry) Locate(StageTarget target) =>
        (Tooling.FindNode(Env), Tooling.FindCdkCli(target.AppDirectory, Env));

    public Task<(int ExitCode, IReadOnlyList<string> Output)> RunAsync(
        StageTarget target,
        IReadOnlyList<string> arguments,
        Action<string>? onLine,
        CancellationToken cancellation)
    {
        (string node, string entry) = Locate(target);

        var all = new List<string> { entry };
        all.AddRange(arguments);
        all.Add("--no-notices");
        if (target.Profile != null)
        {
            all.Add("--profile");
            all.Add(target.Profile);
        }

        return ChildProcess.RunAsync(node, all, target.AppDirectory, ChildEnvironment(target), onLine, cancellation);
    }

    private Dictionary<string, string?> ChildEnvironment(StageTarget target)
    {
        var child = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach ((string name, string value) in environment)
        {
            child[name] = value;
        }

        // The stage and region go to this process alone, never to the caller's shell.
        child["AWS_REGION"] = target.Region.Value;
        child[StageAwareConfig.PathVariable] = target.Config.Path;
        if (target.Profile != null)
        {
            child["AWS_PROFILE"] = target.Profile;
        }

        // The CDK CLI is a tool StageAware drives: its telemetry stays off unless the user chose otherwise.
        if (!child.ContainsKey("CDK_DISABLE_CLI_TELEMETRY"))
        {
            child["CDK_DISABLE_CLI_TELEMETRY"] = "true";
        }

        // Node.js's own warnings (a version the AWS SDK will stop supporting, say) are not about the deploy and
        // would land in the middle of a diff; they stay on where the user turned them on.
        if (!child.ContainsKey("NODE_NO_WARNINGS"))
        {
            child["NODE_NO_WARNINGS"] = "1";
        }

        return child;
    }
}
