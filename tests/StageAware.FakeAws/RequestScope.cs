namespace StageAware.FakeAws;

/// <summary>Who asks, where, and what the request turned out to be about, for the answer and the record.</summary>
internal sealed class RequestScope
{
    public required string Account { get; init; }

    public required string Region { get; init; }

    public string? AccessKeyId { get; init; }

    public string Action { get; set; } = "";

    public string? StackName { get; set; }

    public string? Bucket { get; set; }

    public string? Key { get; set; }
}
