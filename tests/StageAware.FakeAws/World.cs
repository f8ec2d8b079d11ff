using System;
using System.Collections.Generic;
using System.Linq;

namespace StageAware.FakeAws;

/// <summary>Everything the server knows, behind one lock: accounts, regions, buckets, credentials and knobs.</summary>
internal sealed class FakeWorld
{
    private readonly Dictionary<(string Account, string Region), RegionState> regions = new();
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    public FakeWorld(FakeAwsOptions options)
    {
        Options = options;
        Operations = new StackOperations(this);
    }

    public FakeAwsOptions Options { get; }

    public StackOperations Operations { get; }

    public object Gate { get; } = new();

    /// <summary>Bucket name to bucket (names are global, as in S3).</summary>
    public Dictionary<string, S3Bucket> Buckets { get; } = new(StringComparer.Ordinal);

    /// <summary>Access key id to the credentials AssumeRole issued.</summary>
    public Dictionary<string, IssuedCredentials> Issued { get; } = new(StringComparer.Ordinal);

    public List<FailureRule> Rules { get; } = new();

    /// <summary>Regions (of any account) that are not bootstrapped.</summary>
    public HashSet<string> Unbootstrapped { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset Now() => DateTimeOffset.UtcNow;

    public IEnumerable<RegionState> AllRegions => regions.Values;

    /// <summary>The state of one account in one region, bootstrapped on first use unless told otherwise.</summary>
    public RegionState Region(string account, string region)
    {
        if (!regions.TryGetValue((account, region), out RegionState? state))
        {
            state = new RegionState(account, region);
            regions[(account, region)] = state;
            if (!Unbootstrapped.Contains(region))
            {
                state.Parameters[$"/cdk-bootstrap/{Options.Qualifier}/version"] = Options.BootstrapVersion;
                string bucket = AssetsBucket(account, region);
                Buckets.TryAdd(bucket, new S3Bucket(bucket, account, region));
            }
        }

        return state;
    }

    public string AssetsBucket(string account, string region) => $"cdk-{Options.Qualifier}-assets-{account}-{region}";

    /// <summary>The account a request runs as: the role's for credentials this server issued, else the caller's own.</summary>
    public string AccountOf(string? accessKeyId) =>
        accessKeyId != null && Issued.TryGetValue(accessKeyId, out IssuedCredentials? issued) ? issued.Account : Options.Account;

    public FailureRule? Rule(string stackName, string logicalId, string type) =>
        Rules.LastOrDefault(r => r.Applies(stackName, logicalId, type));

    /// <summary>Applies every step of every stack operation that is due.</summary>
    public void Advance()
    {
        DateTimeOffset now = Now();
        foreach (RegionState state in regions.Values)
        {
            foreach (FakeStack stack in state.Stacks)
            {
                if (stack.Operation is { } operation)
                {
                    operation.Advance(now);
                    if (operation.Finished)
                    {
                        stack.Operation = null;
                    }
                }
            }
        }
    }

    public bool TryRegisterName(string type, string account, string region, string name, string owner)
    {
        string key = NameKey(type, account, region, name);
        if (names.TryGetValue(key, out string? existing) && existing != owner)
        {
            return false;
        }

        names[key] = owner;
        return true;
    }

    public void ReleaseName(string type, string account, string region, string name) =>
        names.Remove(NameKey(type, account, region, name));

    private static string NameKey(string type, string account, string region, string name) =>
        $"{type}|{ResourceTypes.NameScope(type, account, region)}|{name}";
}
