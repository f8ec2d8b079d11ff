namespace StageAware;

/// <summary>
/// The kinds of resource whose physical names must be unique per account and region (S3 buckets: globally), each
/// with its own length, characters and case (<c>physical-names.json</c>).
/// </summary>
public enum ResourceKind
{
    /// <summary>3 to 63 characters, lower case letters, digits, dots and hyphens.</summary>
    S3Bucket,

    /// <summary>3 to 255 characters.</summary>
    DynamoDbTable,

    /// <summary>Up to 64 characters.</summary>
    LambdaFunction,

    /// <summary>Up to 64 characters.</summary>
    IamRole,

    /// <summary>Up to 64 characters.</summary>
    IamUser,

    /// <summary>Up to 128 characters.</summary>
    IamPolicy,

    /// <summary>Up to 128 characters.</summary>
    IamManagedPolicy,

    /// <summary>Up to 80 characters, <c>.fifo</c> included.</summary>
    SqsQueue,

    /// <summary>Up to 256 characters, <c>.fifo</c> included.</summary>
    SnsTopic,

    /// <summary>Up to 512 characters.</summary>
    LogGroup,

    /// <summary>Up to 512 characters.</summary>
    Secret,

    /// <summary>A parameter name, up to 1011 characters.</summary>
    SsmParameter,

    /// <summary>2 to 256 characters, lower case.</summary>
    EcrRepository,

    /// <summary>Up to 80 characters.</summary>
    StateMachine,

    /// <summary>Up to 100 characters.</summary>
    CodePipeline,

    /// <summary>2 to 150 characters.</summary>
    CodeBuildProject,

    /// <summary>2 to 128 characters.</summary>
    CodeBuildReportGroup,

    /// <summary>Up to 255 characters.</summary>
    EcsCluster,

    /// <summary>Up to 256 characters.</summary>
    EventBus,

    /// <summary>Up to 128 characters.</summary>
    KinesisStream,

    /// <summary>Up to 128 characters.</summary>
    CognitoUserPool,

    /// <summary>Up to 63 characters, lower case, a letter first, no two hyphens in a row.</summary>
    RdsCluster,

    /// <summary>Up to 32 characters.</summary>
    LoadBalancer,

    /// <summary>Up to 32 characters.</summary>
    TargetGroup,

    /// <summary>Up to 40 characters, lower case, a letter first.</summary>
    ElastiCacheCluster,

    /// <summary>Up to 255 characters.</summary>
    CloudWatchAlarm,

    /// <summary>A CloudFormation export name, up to 255 characters.</summary>
    Export,

    /// <summary>A CloudFormation stack name, up to 128 characters, a letter first.</summary>
    Stack,
}
