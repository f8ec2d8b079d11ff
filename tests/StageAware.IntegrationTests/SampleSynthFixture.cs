using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace StageAware.IntegrationTests;

/// <summary>One real synth of the notes sample for one stage and region.</summary>
public sealed class StageSynth
{
    internal StageSynth(CliResult result, string assembly, AwsRequest[] requests)
    {
        Result = result;
        Assembly = assembly;
        Requests = requests;
    }

    internal CliResult Result { get; }

    internal AwsRequest[] Requests { get; }

    public string Assembly { get; }

    public JsonElement Manifest => Read("manifest.json");

    public JsonElement Template(string stackName) => Read(stackName + ".template.json");

    private JsonElement Read(string file)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Assembly, file)));
        return document.RootElement.Clone();
    }
}

/// <summary>
/// Synthesizes the notes sample twice, once per case, and shares the assemblies with every test that reads them:
/// dev in us-east-1 without credentials (the account is unknown), and prod in eu-west-1 with fake credentials
/// that the local endpoint answers for (the account is known).
/// </summary>
public sealed class SampleSynthFixture : IAsyncLifetime
{
    public StageSynth Dev { get; private set; } = null!;

    public StageSynth Prod { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        string sample = RepoPaths.Sample("notes");
        Dev = await SynthAsync(sample, credentials: false, "--stage", "dev", "--region", "us-east-1");
        Prod = await SynthAsync(sample, credentials: true, "--stage", "prod", "--region", "eu-west-1");
    }

    public Task DisposeAsync()
    {
        foreach (StageSynth synth in new[] { Dev, Prod })
        {
            if (synth != null && Directory.Exists(synth.Assembly))
            {
                Directory.Delete(synth.Assembly, recursive: true);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<StageSynth> SynthAsync(string sample, bool credentials, params string[] options)
    {
        await using var endpoint = new LocalAwsEndpoint();
        var environment = CliRun.Environment(endpoint, credentials);
        CliResult result = await CliRun.RunAsync(environment, sample, ["synth", .. options]);
        string stage = options[1];

        // A copy: later tests synthesize and deploy the same sample, which rewrites cdk.out/{stage}.
        string copy = Directory.CreateTempSubdirectory($"stageaware-{stage}-assembly-").FullName;
        string assembly = Path.Combine(sample, "cdk.out", stage);
        if (Directory.Exists(assembly))
        {
            foreach (string file in Directory.EnumerateFiles(assembly, "*", SearchOption.AllDirectories))
            {
                string target = Path.Combine(copy, Path.GetRelativePath(assembly, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return new StageSynth(result, copy, [.. endpoint.Requests]);
    }
}

[CollectionDefinition(Name)]
public sealed class SynthCollection : ICollectionFixture<SampleSynthFixture>
{
    /// <summary>Every test that runs the CDK: one at a time, as they share builds and the jsii runtime.</summary>
    public const string Name = "synth";
}
