using System.Collections.Generic;
using System.IO;
using StageAware.Cli;
using StageAware.Tests.Support;
using Xunit;

namespace StageAware.Tests.Cli;

public sealed class ToolingTests
{
    [Fact]
    public void The_CDK_CLI_is_found_in_node_modules_of_a_parent_folder()
    {
        using var root = new TempDirectory();
        string cdk = root.Write(Path.Combine("node_modules", "aws-cdk", "bin", "cdk"), "// the entry script");
        string app = root.CreateDirectory(Path.Combine("services", "notes"));

        Assert.Equal(cdk, Tooling.FindCdkCli(app, _ => null));
    }

    [Fact]
    public void STAGEAWARE_CDK_CLI_wins_over_node_modules()
    {
        using var root = new TempDirectory();
        root.Write(Path.Combine("node_modules", "aws-cdk", "bin", "cdk"), "// the pinned one");
        string chosen = root.Write(Path.Combine("tools", "cdk"), "// the chosen one");
        var environment = new Dictionary<string, string> { [Tooling.CdkCliVariable] = chosen };

        Assert.Equal(chosen, Tooling.FindCdkCli(root.Path, name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void A_STAGEAWARE_CDK_CLI_that_does_not_exist_is_an_error()
    {
        using var root = new TempDirectory();
        string missing = root.Combine("nowhere", "cdk");
        var environment = new Dictionary<string, string> { [Tooling.CdkCliVariable] = missing };

        var e = Assert.Throws<StageAwareException>(
            () => Tooling.FindCdkCli(root.Path, name => environment.GetValueOrDefault(name)));

        Assert.Equal($"STAGEAWARE_CDK_CLI points at {missing}, which does not exist: fix or unset it.", e.Message);
    }

    [Fact]
    public void Node_is_found_on_PATH()
    {
        using var root = new TempDirectory();
        string bin = root.CreateDirectory("bin");
        string node = root.Write(Path.Combine("bin", "node"), "");
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = root.Combine("empty") + Path.PathSeparator + bin,
        };

        Assert.Equal(node, Tooling.FindNode(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Without_PATH_node_is_not_found()
    {
        var e = Assert.Throws<StageAwareException>(() => Tooling.FindNode(_ => null));

        Assert.Equal(
            "Node.js was not found on PATH: the AWS CDK needs it; install Node.js 18 or later and open a new shell.",
            e.Message);
    }
}
