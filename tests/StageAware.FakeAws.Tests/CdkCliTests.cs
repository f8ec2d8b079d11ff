using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace StageAware.FakeAws.Tests;

/// <summary>The real CDK CLI deploys, diffs and destroys the notes sample against a fresh fake server per test.</summary>
public sealed class CdkCliTests : IClassFixture<NotesAssemblyFixture>
{
    private const string Region = NotesAssemblyFixture.Region;
    private const string Storage = NotesAssemblyFixture.Storage;
    private const string Auth = NotesAssemblyFixture.Auth;

    private readonly NotesAssemblyFixture notes;
    private readonly ITestOutputHelper log;

    public CdkCliTests(NotesAssemblyFixture notes, ITestOutputHelper log)
    {
        this.notes = notes;
        this.log = log;
    }

    [Fact]
    public async Task Deploy_creates_both_stacks_with_their_outputs_and_asks_only_eu_west_1_on_127_0_0_1()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();

        CdkResult deploy = await DeployAsync(aws);

        Assert.True(deploy.ExitCode == 0, deploy.Output);
        FakeStackSnapshot storage = aws.Stack(Region, Storage)!;
        FakeStackSnapshot auth = aws.Stack(Region, Auth)!;
        Assert.Equal("CREATE_COMPLETE", storage.Status);
        Assert.Equal("CREATE_COMPLETE", auth.Status);
        Assert.Equal(new[] { Storage, Auth }, aws.Stacks(Region).Select(s => s.StackName));

        string table = storage.Resources.Single(r => r.Type == "AWS::DynamoDB::Table").PhysicalId;
        string bucket = storage.Resources.Single(r => r.Type == "AWS::S3::Bucket").PhysicalId;
        Assert.StartsWith("prod-notes-storage-Notes", table, StringComparison.Ordinal);
        Assert.Equal(table, storage.Outputs["TableName"]);
        Assert.Equal(bucket, storage.Outputs["UploadsBucketName"]);
        Assert.Equal(table, aws.Exports(Region)["prod-notes-TableName"]);
        Assert.Equal($"arn:aws:s3:::{bucket}", aws.Exports(Region)["prod-notes-storage:ExportsOutputFnGetAttUploads4F6EB0FDArn5513CBEA"]);
        Assert.StartsWith("eu-west-1_", auth.Outputs["UserPoolId"], StringComparison.Ordinal);
        Assert.Equal(auth.Resources.Single(r => r.LogicalId == "IdentityPool").PhysicalId, auth.Outputs["IdentityPoolId"]);
        Assert.Contains("prod-notes-auth.UserPoolId = " + auth.Outputs["UserPoolId"], deploy.Output, StringComparison.Ordinal);
        Assert.Equal("prod", storage.Tags["stage"]);
        Assert.Equal("notes", auth.Tags["app"]);
        Assert.Equal("arn:aws:iam::111111111111:role/cdk-hnb659fds-cfn-exec-role-111111111111-eu-west-1", storage.RoleArn);

        IReadOnlyList<RecordedRequest> requests = aws.Requests;
        Assert.All(requests, r => Assert.Equal(Region, r.Region));
        Assert.All(requests, r => Assert.Equal("127.0.0.1", r.RemoteAddress));
        Assert.All(requests, r => Assert.Equal($"127.0.0.1:{aws.Port}", r.Host));
        Assert.DoesNotContain(requests, r => r.ErrorCode == "InvalidAction");
        Assert.Contains(requests, r => r is { Service: "sts", Action: "GetCallerIdentity" } && r.AccessKeyId == deploy.AccessKeyId);
        Assert.Contains(requests, r => r is { Service: "ssm", Action: "GetParameter" });
        Assert.Equal(2, requests.Count(r => r is { Service: "cloudformation", Action: "ExecuteChangeSet" }));
        Assert.All(requests.Where(r => r.Service == "cloudformation"), r => Assert.StartsWith("ASIAFAKE", r.AccessKeyId, StringComparison.Ordinal));
        Assert.Equal(2, aws.Objects().Count(o => o.Bucket == "cdk-hnb659fds-assets-111111111111-eu-west-1" && o.Key.EndsWith(".json", StringComparison.Ordinal)));
        Assert.DoesNotContain(CdkCli.FakeSecretKey, deploy.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_deploy_without_changes_executes_no_change_set()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();
        Assert.Equal(0, (await DeployAsync(aws)).ExitCode);
        aws.ClearRequests();

        CdkResult again = await DeployAsync(aws);

        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("(no changes)", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(aws.Requests, r => r.Action is "ExecuteChangeSet" or "PutObject");
        Assert.All(new[] { Storage, Auth }, name => Assert.Equal(1, aws.Stack(Region, name)!.ExecutedChangeSets));
        Assert.All(aws.Requests, r => Assert.Equal(Region, r.Region));
    }

    [Fact]
    public async Task Diff_shows_the_new_stacks_before_a_deploy_and_no_differences_after_it()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();

        CdkResult before = await RunAsync(aws, "diff", "--app", notes.Assembly);

        Assert.True(before.ExitCode == 0, before.Output);
        Assert.Contains("[+] AWS::DynamoDB::Table Notes Notes5BB3582F", before.Output, StringComparison.Ordinal);
        Assert.Contains("[+] AWS::Cognito::UserPool UserPool UserPool6BA7E5F2", before.Output, StringComparison.Ordinal);
        Assert.Empty(aws.Stacks(Region));
        Assert.DoesNotContain(aws.Requests, r => r.Action == "ExecuteChangeSet");

        Assert.Equal(0, (await DeployAsync(aws)).ExitCode);
        aws.ClearRequests();
        CdkResult after = await RunAsync(aws, "diff", "--app", notes.Assembly);

        Assert.True(after.ExitCode == 0, after.Output);
        Assert.Contains("Number of stacks with differences: 0", after.Output, StringComparison.Ordinal);
        Assert.Contains(aws.Requests, r => r.Action == "CreateChangeSet" && r.StackName == Storage);
        Assert.DoesNotContain(aws.Requests, r => r.Action == "ExecuteChangeSet");
        Assert.All(aws.Requests, r => Assert.Equal(Region, r.Region));
    }

    [Fact]
    public async Task Destroy_deletes_both_stacks_the_importer_first()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();
        Assert.Equal(0, (await DeployAsync(aws)).ExitCode);
        string storageId = aws.Stack(Region, Storage)!.StackId;
        aws.ClearRequests();

        CdkResult destroy = await RunAsync(aws, "destroy", "--app", notes.Assembly, "--force", "--all");

        Assert.True(destroy.ExitCode == 0, destroy.Output);
        Assert.Empty(aws.Stacks(Region));
        Assert.Empty(aws.Exports(Region));
        FakeStackSnapshot deleted = aws.Stack(Region, storageId)!;
        Assert.Equal("DELETE_COMPLETE", deleted.Status);
        Assert.Contains(deleted.Resources, r => r.Type == "AWS::DynamoDB::Table" && r.Status == "DELETE_SKIPPED");
        Assert.Equal(new[] { Auth, Storage }, aws.Requests.Where(r => r.Action == "DeleteStack").Select(r => r.StackName));
        Assert.All(aws.Requests, r => Assert.Equal(Region, r.Region));
    }

    [Fact]
    public async Task A_resource_that_fails_fails_the_deploy_with_its_reason_and_rolls_the_new_stack_back()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();
        const string reason = "Resource handler returned message: \"Quota exceeded for user pools (Service: CognitoIdentityProvider)\"";
        aws.FailResource("AWS::Cognito::UserPool", reason);

        CdkResult deploy = await DeployAsync(aws);

        Assert.NotEqual(0, deploy.ExitCode);
        Assert.Contains(reason, deploy.Output, StringComparison.Ordinal);
        Assert.Equal("CREATE_COMPLETE", aws.Stack(Region, Storage)!.Status);
        FakeStackSnapshot auth = aws.Stack(Region, Auth)!;
        Assert.Equal("ROLLBACK_COMPLETE", auth.Status);
        Assert.Empty(auth.Outputs);
        Assert.Contains(auth.Events, e => e is { LogicalResourceId: "UserPool6BA7E5F2", ResourceStatus: "CREATE_FAILED" } && e.ResourceStatusReason == reason);
        Assert.Equal(
            new[] { "REVIEW_IN_PROGRESS", "CREATE_IN_PROGRESS", "ROLLBACK_IN_PROGRESS", "ROLLBACK_COMPLETE" },
            auth.Events.Where(e => e.ResourceType == "AWS::CloudFormation::Stack").Select(e => e.ResourceStatus));
    }

    [Fact]
    public async Task A_resource_that_fails_an_update_rolls_the_stack_back_to_what_it_was()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();
        Assert.Equal(0, (await DeployAsync(aws)).ExitCode);
        string deployed = aws.Stack(Region, Storage)!.TemplateBody;
        string changed = notes.ChangedCopy(Storage, "\"MaxAge\": 3000", "\"MaxAge\": 3600");
        const string reason = "Resource handler returned message: \"Access Denied (Service: S3, Status Code: 403)\"";
        aws.FailResource("Uploads4F6EB0FD", reason, Storage);

        CdkResult update = await RunAsync(aws, "deploy", "--app", changed, "--all", "--require-approval", "never", "--progress", "events");

        Assert.NotEqual(0, update.ExitCode);
        Assert.Contains(reason, update.Output, StringComparison.Ordinal);
        FakeStackSnapshot storage = aws.Stack(Region, Storage)!;
        Assert.Equal("UPDATE_ROLLBACK_COMPLETE", storage.Status);
        Assert.Equal(deployed, storage.TemplateBody);
        Assert.Contains(storage.Events, e => e is { LogicalResourceId: "Uploads4F6EB0FD", ResourceStatus: "UPDATE_FAILED" });
        Assert.Equal("CREATE_COMPLETE", aws.Stack(Region, Auth)!.Status);
    }

    [Fact]
    public async Task A_resource_that_never_stabilizes_keeps_the_stack_in_progress_until_the_test_gives_up()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();
        aws.NeverStabilize("AWS::DynamoDB::Table");
        using var cancel = new CancellationTokenSource();
        Task<CdkResult> deploy = DeployAsync(aws, cancel.Token);

        var clock = Stopwatch.StartNew();
        while (!StuckAndPolled(aws) && clock.Elapsed < TimeSpan.FromSeconds(60) && !deploy.IsCompleted)
        {
            await Task.Delay(100);
        }

        if (deploy.IsCompleted)
        {
            Assert.Fail("the deploy ended by itself: " + (await deploy).Output);
        }

        Assert.True(StuckAndPolled(aws), "the stack never got stuck");
        await cancel.CancelAsync();
        CdkResult result = await deploy;

        Assert.NotEqual(0, result.ExitCode);
        FakeStackSnapshot storage = aws.Stack(Region, Storage)!;
        Assert.Equal("CREATE_IN_PROGRESS", storage.Status);
        Assert.Equal("CREATE_IN_PROGRESS", storage.Resources.Single(r => r.Type == "AWS::DynamoDB::Table").Status);
        Assert.Null(aws.Stack(Region, Auth));
        log.WriteLine($"cancelled after {clock.Elapsed.TotalSeconds:0.0}s");
    }

    private static bool StuckAndPolled(FakeAwsServer aws)
    {
        FakeStackSnapshot? storage = aws.Stack(Region, Storage);
        IReadOnlyList<RecordedRequest> requests = aws.Requests;
        int executed = requests.ToList().FindIndex(r => r.Action == "ExecuteChangeSet");
        return storage is { Status: "CREATE_IN_PROGRESS" } && executed >= 0 &&
            requests.Skip(executed + 1).Count(r => r.Action == "DescribeStacks" && r.StackName == Storage) >= 1;
    }

    private Task<CdkResult> DeployAsync(FakeAwsServer aws, CancellationToken cancel = default) =>
        RunAsync(aws, cancel, "deploy", "--app", notes.Assembly, "--all", "--require-approval", "never", "--progress", "events");

    private Task<CdkResult> RunAsync(FakeAwsServer aws, params string[] args) => RunAsync(aws, CancellationToken.None, args);

    private async Task<CdkResult> RunAsync(FakeAwsServer aws, CancellationToken cancel, params string[] args)
    {
        var clock = Stopwatch.StartNew();
        CdkResult result = await CdkCli.RunAsync(aws, notes.WorkDirectory, args, cancel, Region);
        log.WriteLine($"cdk {string.Join(" ", args)}: exit {result.ExitCode} in {clock.Elapsed.TotalSeconds:0.0}s, {aws.Requests.Count} requests");
        return result;
    }
}
