using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace StageAware.FakeAws.Tests;

/// <summary>
/// The notes sample synthesized once for stage prod in eu-west-1 (account 111111111111), by the pinned CDK CLI,
/// for every test to deploy; the synth itself talks to a fake server only.
/// </summary>
public sealed class NotesAssemblyFixture : IAsyncLifetime
{
    public const string Account = "111111111111";
    public const string Region = "eu-west-1";
    public const string Storage = "prod-notes-storage";
    public const string Auth = "prod-notes-auth";

    private readonly string root = Path.Combine(Path.GetTempPath(), "stageaware-fakeaws-" + Guid.NewGuid().ToString("N"));

    /// <summary>The cloud assembly folder.</summary>
    public string Assembly => Path.Combine(root, "assembly");

    /// <summary>A folder to run the CLI in, away from any cdk.json.</summary>
    public string WorkDirectory => Path.Combine(root, "work");

    public CdkResult Synth { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkDirectory);
        string sample = Path.Combine(CdkCli.Root, "samples", "notes");
        var environment = new Dictionary<string, string> { ["CDK_DEFAULT_ACCOUNT"] = Account };
        string[] args = ["synth", "-c", "stage=prod", "-c", "region=" + Region, "-o", Assembly];
        for (int attempt = 1; ; attempt++)
        {
            await using FakeAwsServer server = FakeAwsServer.Start();
            Synth = await CdkCli.RunAsync(server, sample, args, region: Region, extraEnvironment: environment);
            if (Synth.ExitCode == 0 || attempt == 2)
            {
                break;
            }
        }

        if (Synth.ExitCode != 0 || !File.Exists(Path.Combine(Assembly, "manifest.json")))
        {
            throw new InvalidOperationException("The synth of samples/notes failed:\n" + Synth.Output);
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A copy of the assembly in which one stack's template has a change (replacing <paramref name="find"/> with
    /// <paramref name="replace"/>), under a new asset hash as a real synth would give it.
    /// </summary>
    public string ChangedCopy(string stackName, string find, string replace)
    {
        string copy = Path.Combine(root, "changed-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(copy);
        foreach (string file in Directory.GetFiles(Assembly))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        string templatePath = Path.Combine(copy, stackName + ".template.json");
        string template = File.ReadAllText(templatePath);
        if (!template.Contains(find, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{stackName}.template.json has no '{find}'");
        }

        File.WriteAllText(templatePath, template.Replace(find, replace, StringComparison.Ordinal));
        string assets = File.ReadAllText(Path.Combine(copy, stackName + ".assets.json"));
        string oldHash = System.Text.Json.JsonDocument.Parse(assets).RootElement.GetProperty("files").EnumerateObject().MoveNextAndGet().Name;
        string newHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(templatePath))).ToLowerInvariant();
        foreach (string file in new[] { stackName + ".assets.json", "manifest.json" })
        {
            string path = Path.Combine(copy, file);
            File.WriteAllText(path, File.ReadAllText(path).Replace(oldHash, newHash, StringComparison.Ordinal));
        }

        return copy;
    }
}

internal static class JsonExtensions
{
    public static System.Text.Json.JsonProperty MoveNextAndGet(this System.Text.Json.JsonElement.ObjectEnumerator enumerator)
    {
        if (!enumerator.MoveNext())
        {
            throw new InvalidOperationException("empty object");
        }

        return enumerator.Current;
    }
}
