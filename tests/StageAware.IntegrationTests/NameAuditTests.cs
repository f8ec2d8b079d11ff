using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace StageAware.IntegrationTests;

/// <summary>The audit after synth, on an app whose names are read from a file at run time.</summary>
[Collection(SynthCollection.Name)]
public sealed class NameAuditTests
{
    private const string BucketFinding =
        "prod-billing-invoices/Invoices/Resource (AWS::S3::Bucket) BucketName 'billing-invoices' does not carry the " +
        "stage prefix 'prod-billing-'";

    private const string ExportFinding =
        "prod-billing-invoices/Outputs/InvoicesBucket (Export) Name 'InvoicesBucket' does not carry the stage prefix";

    [Fact]
    public async Task Outside_CI_the_audit_warns_and_the_synth_succeeds()
    {
        string app = RepoPaths.TestApp("RuntimeNames");
        await using var endpoint = new LocalAwsEndpoint();
        var environment = CliRun.Environment(endpoint, credentials: false);
        environment.Remove("CI");

        CliResult result = await CliRun.RunAsync(environment, app, "synth", "--stage", "prod", "--region", "eu-west-1");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("StageAware audit: " + BucketFinding, result.Stderr);
        Assert.Contains("StageAware audit: " + ExportFinding, result.Stderr);
        Assert.DoesNotContain("prod-billing-reports", result.Stderr);
        Assert.True(File.Exists(Path.Combine(app, "cdk.out", "prod", "manifest.json")));
    }

    [Fact]
    public async Task In_CI_the_audit_stops_the_synth_and_names_each_name()
    {
        string app = RepoPaths.TestApp("RuntimeNames");
        await using var endpoint = new LocalAwsEndpoint();
        var environment = CliRun.Environment(endpoint, credentials: false);
        environment["CI"] = "true";

        CliResult result = await CliRun.RunAsync(environment, app, "synth", "--stage", "qa", "--region", "eu-west-1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "stageaware: The synth of stage qa failed: Stage 'qa': 2 names lack the stage prefix 'qa-billing-': " +
            "qa-billing-invoices/Invoices/Resource (AWS::S3::Bucket) BucketName 'billing-invoices', " +
            "qa-billing-invoices/Outputs/InvoicesBucket (Export) Name 'InvoicesBucket'; " +
            "two stages in one account would collide",
            result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(app, "cdk.out", "qa")));
    }
}
