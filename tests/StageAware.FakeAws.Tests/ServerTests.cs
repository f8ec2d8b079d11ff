using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace StageAware.FakeAws.Tests;

/// <summary>The server's own rules, by plain HTTP requests signed with a credential scope (the server reads, never checks, signatures).</summary>
public sealed class ServerTests
{
    private const string Template =
        "{\"Resources\":{\"Queue\":{\"Type\":\"AWS::SQS::Queue\",\"Properties\":{\"QueueName\":{\"Fn::Sub\":\"${AWS::Region}-jobs\"}}}}," +
        "\"Outputs\":{\"QueueArn\":{\"Value\":{\"Fn::GetAtt\":[\"Queue\",\"Arn\"]},\"Export\":{\"Name\":\"jobs-arn\"}}}}";

    private const string Importer =
        "{\"Resources\":{\"Topic\":{\"Type\":\"AWS::SNS::Topic\"}}," +
        "\"Outputs\":{\"Imported\":{\"Value\":{\"Fn::ImportValue\":\"jobs-arn\"}}}}";

    [Fact]
    public async Task An_unknown_action_is_an_InvalidAction_error_and_is_recorded()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();

        (HttpStatusCode status, string body) = await CallAsync(aws, "cloudformation", "us-west-2", ("Action", "DescribeTypeRegistration"), ("StackName", "x"));
        (HttpStatusCode jsonStatus, string jsonBody) = await CallAsync(aws, "cloudtrail", "us-west-2", target: "CloudTrail_20131101.LookupEvents");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<Code>InvalidAction</Code>", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, jsonStatus);
        Assert.Contains("\"__type\":\"InvalidAction\"", jsonBody, StringComparison.Ordinal);
        Assert.Collection(
            aws.Requests,
            r => Assert.Equal(("cloudformation", "DescribeTypeRegistration", "us-west-2", "x", "InvalidAction"), (r.Service, r.Action, r.Region, r.StackName, r.ErrorCode)),
            r => Assert.Equal(("cloudtrail", "LookupEvents", "us-west-2", "InvalidAction"), (r.Service, r.Action, r.Region, r.ErrorCode)));
    }

    [Fact]
    public async Task Stacks_of_one_name_in_two_regions_live_side_by_side_with_their_own_exports()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start(new FakeAwsOptions { Account = "222222222222" });

        foreach (string region in new[] { "eu-west-1", "us-east-1" })
        {
            await DeployAsync(aws, region, "jobs", Template);
        }

        FakeStackSnapshot europe = aws.Stack("eu-west-1", "jobs")!;
        FakeStackSnapshot america = aws.Stack("us-east-1", "jobs")!;
        Assert.Equal("CREATE_COMPLETE", europe.Status);
        Assert.Equal("CREATE_COMPLETE", america.Status);
        Assert.NotEqual(europe.StackId, america.StackId);
        Assert.Equal("arn:aws:sqs:eu-west-1:222222222222:eu-west-1-jobs", aws.Exports("eu-west-1")["jobs-arn"]);
        Assert.Equal("arn:aws:sqs:us-east-1:222222222222:us-east-1-jobs", aws.Exports("us-east-1")["jobs-arn"]);
        Assert.Equal(new[] { "eu-west-1", "us-east-1" }, aws.Stacks().Select(s => s.Region));
    }

    [Fact]
    public async Task A_change_set_that_imports_an_export_of_another_region_fails()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();
        await DeployAsync(aws, "eu-west-1", "jobs", Template);

        await CallAsync(aws, "cloudformation", "us-east-1", ("Action", "CreateChangeSet"), ("StackName", "reader"),
            ("ChangeSetName", "cs1"), ("ChangeSetType", "CREATE"), ("TemplateBody", Importer));
        (_, string described) = await CallAsync(aws, "cloudformation", "us-east-1", ("Action", "DescribeChangeSet"), ("StackName", "reader"), ("ChangeSetName", "cs1"));

        Assert.Contains("<Status>FAILED</Status>", described, StringComparison.Ordinal);
        Assert.Contains("No export named jobs-arn found", described, StringComparison.Ordinal);
        Assert.Equal("REVIEW_IN_PROGRESS", aws.Stack("us-east-1", "reader")!.Status);
    }

    [Fact]
    public async Task A_stack_whose_export_is_imported_cannot_be_deleted_and_a_taken_name_fails_the_create()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start();
        await DeployAsync(aws, "eu-west-1", "jobs", Template);
        await DeployAsync(aws, "eu-west-1", "reader", Importer);
        await DeployAsync(aws, "eu-west-1", "jobs-copy", Template);

        await CallAsync(aws, "cloudformation", "eu-west-1", ("Action", "DeleteStack"), ("StackName", "jobs"));

        FakeStackSnapshot jobs = aws.Stack("eu-west-1", "jobs")!;
        Assert.Equal("DELETE_FAILED", jobs.Status);
        Assert.Equal("Export jobs-arn cannot be deleted as it is in use by reader", jobs.StatusReason);
        FakeStackSnapshot copy = aws.Stack("eu-west-1", "jobs-copy")!;
        Assert.Equal("ROLLBACK_COMPLETE", copy.Status);
        Assert.Contains(copy.Events, e => e.ResourceStatusReason == "Resource of type 'AWS::SQS::Queue' with identifier 'eu-west-1-jobs' already exists.");
    }

    [Fact]
    public async Task Operations_take_the_configured_time_and_report_in_progress_meanwhile()
    {
        await using FakeAwsServer aws = FakeAwsServer.Start(new FakeAwsOptions { OperationDuration = TimeSpan.FromMilliseconds(300) });

        await CreateAndExecuteAsync(aws, "eu-west-1", "slow", Template);

        Assert.Equal("CREATE_IN_PROGRESS", aws.Stack("eu-west-1", "slow")!.Status);
        await Task.Delay(400);
        Assert.Equal("CREATE_COMPLETE", aws.Stack("eu-west-1", "slow")!.Status);
        IReadOnlyList<FakeStackEvent> events = aws.Stack("eu-west-1", "slow")!.Events;
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.Timestamp < p.Second.Timestamp), "events are in time order");
    }

    private static async Task DeployAsync(FakeAwsServer aws, string region, string stack, string template)
    {
        await CreateAndExecuteAsync(aws, region, stack, template);
        Assert.DoesNotContain("IN_PROGRESS", aws.Stack(region, stack)!.Status, StringComparison.Ordinal);
    }

    private static async Task CreateAndExecuteAsync(FakeAwsServer aws, string region, string stack, string template)
    {
        (HttpStatusCode created, string body) = await CallAsync(aws, "cloudformation", region, ("Action", "CreateChangeSet"), ("StackName", stack),
            ("ChangeSetName", "deploy"), ("ChangeSetType", "CREATE"), ("TemplateBody", template));
        Assert.True(created == HttpStatusCode.OK, body);
        (HttpStatusCode executed, string result) = await CallAsync(aws, "cloudformation", region, ("Action", "ExecuteChangeSet"), ("StackName", stack), ("ChangeSetName", "deploy"));
        Assert.True(executed == HttpStatusCode.OK, result);
    }

    private static async Task<(HttpStatusCode Status, string Body)> CallAsync(
        FakeAwsServer aws, string service, string region, params (string Name, string Value)[] form) =>
        await CallAsync(aws, service, region, null, form);

    private static async Task<(HttpStatusCode Status, string Body)> CallAsync(
        FakeAwsServer aws, string service, string region, string? target, params (string Name, string Value)[] form)
    {
        using var handler = new HttpClientHandler { UseProxy = false };
        using var client = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, aws.Url + "/");
        request.Headers.TryAddWithoutValidation(
            "Authorization", $"AWS4-HMAC-SHA256 Credential=AKIAFAKETEST/20260101/{region}/{service}/aws4_request, SignedHeaders=host, Signature=00");
        if (target != null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/x-amz-json-1.1");
        }
        else
        {
            var fields = new List<KeyValuePair<string, string>>(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)))
            {
                new("Version", "2010-05-15"),
            };
            request.Content = new FormUrlEncodedContent(fields);
        }

        using HttpResponseMessage response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
