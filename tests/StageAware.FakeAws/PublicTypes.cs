using System;
using System.Collections.Generic;

namespace StageAware.FakeAws;

/// <summary>
/// One request the server answered.
/// </summary>
/// <param name="Sequence">The order of arrival, from 1.</param>
/// <param name="Time">When it arrived.</param>
/// <param name="Service">The signing service of the SigV4 credential scope (<c>sts</c>, <c>ssm</c>, <c>s3</c>, <c>cloudformation</c>), empty when unsigned.</param>
/// <param name="Action">
/// The API action: the awsQuery <c>Action</c>, the JSON <c>X-Amz-Target</c> operation, or the S3 operation
/// (<c>PutObject</c>, <c>ListObjectsV2</c>, ...).
/// </param>
/// <param name="Region">The region of the SigV4 credential scope, empty when unsigned.</param>
/// <param name="StackName">The stack the request names (a name, also when it was given as an ARN), or null.</param>
/// <param name="AccessKeyId">The access key id that signed it: the caller's own key, or one this server issued by AssumeRole.</param>
/// <param name="Account">The account the request ran as.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path, still percent-encoded.</param>
/// <param name="Host">The Host header the client sent.</param>
/// <param name="RemoteAddress">The client's address.</param>
/// <param name="Bucket">For S3: the bucket.</param>
/// <param name="Key">For S3: the object key.</param>
/// <param name="Status">The HTTP status of the answer.</param>
/// <param name="ErrorCode">The AWS error code of the answer, or null on success.</param>
public sealed record RecordedRequest(
    int Sequence,
    DateTimeOffset Time,
    string Service,
    string Action,
    string Region,
    string? StackName,
    string? AccessKeyId,
    string Account,
    string Method,
    string Path,
    string Host,
    string RemoteAddress,
    string? Bucket,
    string? Key,
    int Status,
    string? ErrorCode);

/// <summary>How a <see cref="FakeAwsServer"/> behaves.</summary>
public sealed class FakeAwsOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The account of the caller's own credentials (GetCallerIdentity).</summary>
    public string Account { get; init; } = "111111111111";

    /// <summary>
    /// The value of <c>/cdk-bootstrap/hnb659fds/version</c> in every bootstrapped region, as the current
    /// <c>cdk bootstrap</c> writes it.
    /// </summary>
    public string BootstrapVersion { get; init; } = "21";

    /// <summary>The bootstrap qualifier of the environments the server pretends are bootstrapped.</summary>
    public string Qualifier { get; init; } = "hnb659fds";

    /// <summary>
    /// How long a stack operation (create, update, delete, rollback) takes from start to end; its events are
    /// spread over that time. The CDK CLI polls a stack every 5 seconds while it is in progress, so anything
    /// longer than a few milliseconds costs a deploy 5 seconds per stack; zero ends each operation by the next read.
    /// </summary>
    public TimeSpan OperationDuration { get; init; } = TimeSpan.Zero;

    /// <summary>How long a change set stays CREATE_PENDING / CREATE_IN_PROGRESS before it settles.</summary>
    public TimeSpan ChangeSetDuration { get; init; } = TimeSpan.Zero;

    /// <summary>How many events a DescribeStackEvents page holds (CloudFormation: 100).</summary>
    public int EventsPageSize { get; init; } = 100;
}

/// <summary>A stack as it is at one moment.</summary>
/// <param name="StackId">The stack's ARN.</param>
/// <param name="StackName">The stack's name.</param>
/// <param name="Account">Its account.</param>
/// <param name="Region">Its region.</param>
/// <param name="Status">Its status, e.g. <c>CREATE_COMPLETE</c>.</param>
/// <param name="StatusReason">The reason of the status, or null.</param>
/// <param name="Outputs">Output key to value.</param>
/// <param name="Exports">Export name to value, of this stack.</param>
/// <param name="Tags">Tag key to value.</param>
/// <param name="Parameters">Parameter key to value as given (SSM parameters: the parameter name).</param>
/// <param name="Resources">The stack's resources.</param>
/// <param name="Events">Every event of the stack, oldest first.</param>
/// <param name="TemplateBody">The template of the last successful deploy (or the one in progress).</param>
/// <param name="ExecutedChangeSets">How many change sets were executed on this stack.</param>
/// <param name="RoleArn">The CloudFormation execution role it was given.</param>
public sealed record FakeStackSnapshot(
    string StackId,
    string StackName,
    string Account,
    string Region,
    string Status,
    string? StatusReason,
    IReadOnlyDictionary<string, string> Outputs,
    IReadOnlyDictionary<string, string> Exports,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<FakeResourceSnapshot> Resources,
    IReadOnlyList<FakeStackEvent> Events,
    string TemplateBody,
    int ExecutedChangeSets,
    string? RoleArn);

/// <summary>A resource of a stack.</summary>
public sealed record FakeResourceSnapshot(string LogicalId, string Type, string PhysicalId, string Status, string? StatusReason);

/// <summary>A stack event, as DescribeStackEvents returns it.</summary>
public sealed record FakeStackEvent(
    string EventId,
    DateTimeOffset Timestamp,
    string LogicalResourceId,
    string PhysicalResourceId,
    string ResourceType,
    string ResourceStatus,
    string? ResourceStatusReason);

/// <summary>An object in a fake S3 bucket.</summary>
public sealed record FakeS3Object(string Account, string Region, string Bucket, string Key, int Size, string ContentType, DateTimeOffset LastModified);
