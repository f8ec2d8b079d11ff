using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace StageAware.FakeAws;

/// <summary>What a failure knob does to a resource.</summary>
internal enum FailureKind
{
    /// <summary>The resource's create or update fails with the reason.</summary>
    Fail,

    /// <summary>The resource's create or update starts and never ends.</summary>
    NeverStabilize,
}

/// <summary>A failure knob: which resources (logical id or type, optionally of one stack) and what happens to them.</summary>
internal sealed record FailureRule(string Match, string? StackName, FailureKind Kind, string Reason)
{
    public bool Applies(string stackName, string logicalId, string type) =>
        (StackName == null || StackName == stackName) && (Match == logicalId || Match == type);
}

/// <summary>Credentials this server issued with AssumeRole.</summary>
internal sealed record IssuedCredentials(string AccessKeyId, string Account, string RoleArn, string RoleName, string SessionName);

/// <summary>An S3 object.</summary>
internal sealed record S3Object(byte[] Data, string ContentType, DateTimeOffset LastModified, string ETag);

/// <summary>An S3 bucket: the bootstrap assets bucket of an environment.</summary>
internal sealed class S3Bucket
{
    public S3Bucket(string name, string account, string region)
    {
        Name = name;
        Account = account;
        Region = region;
    }

    public string Name { get; }

    public string Account { get; }

    public string Region { get; }

    public SortedDictionary<string, S3Object> Objects { get; } = new(StringComparer.Ordinal);
}

/// <summary>A resource of a stack as CloudFormation keeps it.</summary>
internal sealed class StackResource
{
    public required string LogicalId { get; init; }

    public required string Type { get; set; }

    public string PhysicalId { get; set; } = "";

    public string Status { get; set; } = "";

    public string? StatusReason { get; set; }

    /// <summary>The definition (Type, Properties, policies) as the template had it, unresolved.</summary>
    public JsonObject Definition { get; set; } = new();

    /// <summary>The name that the resource holds in its name registry, when the template named it.</summary>
    public string? RegisteredName { get; set; }

    public DateTimeOffset LastUpdated { get; set; }

    public bool Retain => Template.AsString(Definition["DeletionPolicy"]) is "Retain" or "RetainExceptOnCreate";
}

/// <summary>One output of a stack.</summary>
internal sealed record StackOutput(string Key, string Value, string? Description, string? ExportName);

/// <summary>One parameter of a stack or change set.</summary>
internal sealed record StackParameter(string Key, string Value, string? ResolvedValue)
{
    public string Effective => ResolvedValue ?? Value;
}

/// <summary>One resource change of a change set.</summary>
internal sealed record ResourceChange(string Action, string LogicalId, string Type, string? PhysicalId, string? Replacement, IReadOnlyList<string> Properties);

/// <summary>A change set.</summary>
internal sealed class ChangeSet
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required FakeStack Stack { get; init; }

    public required string Type { get; init; }

    public required string TemplateBody { get; init; }

    public required JsonObject Template { get; init; }

    public required List<StackParameter> Parameters { get; init; }

    public required List<KeyValuePair<string, string>> Tags { get; init; }

    public required List<string> Capabilities { get; init; }

    public string? RoleArn { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset SettlesAt { get; init; }

    /// <summary>The status once settled: CREATE_COMPLETE or FAILED.</summary>
    public string SettledStatus { get; set; } = "CREATE_COMPLETE";

    public string? SettledReason { get; set; }

    public string ExecutionStatus { get; set; } = "AVAILABLE";

    public bool Deleted { get; set; }

    public List<ResourceChange> Changes { get; } = new();

    public string Status(DateTimeOffset now) => now < SettlesAt ? "CREATE_IN_PROGRESS" : SettledStatus;

    public string? Reason(DateTimeOffset now) => now < SettlesAt ? null : SettledReason;

    public string Execution(DateTimeOffset now) => now < SettlesAt ? "UNAVAILABLE" : ExecutionStatus;
}

/// <summary>A CloudFormation stack, from its first change set to its deletion.</summary>
internal sealed class FakeStack
{
    public required string StackId { get; init; }

    public required string Name { get; init; }

    public required string Account { get; init; }

    public required string Region { get; init; }

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset? LastUpdated { get; set; }

    public DateTimeOffset? DeletionTime { get; set; }

    public string Status { get; set; } = "REVIEW_IN_PROGRESS";

    public string? StatusReason { get; set; }

    /// <summary>The template of the last successful operation (empty while the stack is new).</summary>
    public string TemplateBody { get; set; } = "";

    public JsonObject? Template { get; set; }

    public List<StackParameter> Parameters { get; set; } = new();

    public List<KeyValuePair<string, string>> Tags { get; set; } = new();

    public List<string> Capabilities { get; set; } = new();

    public List<StackOutput> Outputs { get; set; } = new();

    /// <summary>Export names this stack imports.</summary>
    public List<string> Imports { get; set; } = new();

    public string? RoleArn { get; set; }

    public string? Description { get; set; }

    public bool TerminationProtection { get; set; }

    public int ExecutedChangeSets { get; set; }

    public Dictionary<string, StackResource> Resources { get; } = new(StringComparer.Ordinal);

    public List<FakeStackEvent> Events { get; } = new();

    public List<ChangeSet> ChangeSets { get; } = new();

    /// <summary>The operation in progress, or null.</summary>
    public StackOperation? Operation { get; set; }

    public bool Deleted => Status == "DELETE_COMPLETE";

    public bool InProgress => Status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal) && Status != "REVIEW_IN_PROGRESS";

    public void Event(DateTimeOffset time, string logicalId, string physicalId, string type, string status, string? reason = null)
    {
        Events.Add(new FakeStackEvent(Guid.NewGuid().ToString(), time, logicalId, physicalId, type, status, reason));
    }

    public void StackEvent(DateTimeOffset time, string status, string? reason = null)
    {
        Status = status;
        StatusReason = reason;
        Event(time, Name, StackId, "AWS::CloudFormation::Stack", status, reason);
    }
}

/// <summary>The stacks, exports and parameters of one account in one region.</summary>
internal sealed class RegionState
{
    public RegionState(string account, string region)
    {
        Account = account;
        Region = region;
    }

    public string Account { get; }

    public string Region { get; }

    /// <summary>Every stack ever made here, the deleted ones too (they stay readable by ARN).</summary>
    public List<FakeStack> Stacks { get; } = new();

    /// <summary>Export name to (value, exporting stack id).</summary>
    public Dictionary<string, (string Value, string StackId)> Exports { get; } = new(StringComparer.Ordinal);

    /// <summary>SSM parameters.</summary>
    public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);

    public FakeStack? Live(string name) => Stacks.LastOrDefault(s => s.Name == name && !s.Deleted);

    /// <summary>A stack by name (live only) or by ARN (deleted too), as CloudFormation looks them up.</summary>
    public FakeStack? Find(string nameOrArn) =>
        nameOrArn.StartsWith("arn:", StringComparison.Ordinal) ? Stacks.FirstOrDefault(s => s.StackId == nameOrArn) : Live(nameOrArn);
}
