using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StageAware.CodeFixes;
using Xunit;

namespace StageAware.Analyzers.Tests;

/// <summary>
/// Prefix with the stage, Let CloudFormation name it and Use Aws.ACCOUNT_ID / Aws.REGION: the fixed code compiles and
/// no rule reports it, for one fix and for Fix All (the test framework runs both).
/// </summary>
public sealed class NameFixTests
{
    [Fact]
    public Task Prefix_with_the_stage_fits_physical_names_and_derives_export_names() => StageAwareTest.FixAsync(
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public sealed class StorageStack : Stack
        {
            private const string Jobs = "jobs";

            public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                var uploads = new Bucket(this, "Uploads", new BucketProps
                {
                    BucketName = {|STAGE004:"uploads"|}, // kept short
                    Versioned = true,
                });
                _ = new Queue(scope, "Jobs", new QueueProps
                {
                    QueueName = {|STAGE004:Jobs|},
                });
                _ = new CfnOutput(this, "Bucket", new CfnOutputProps
                {
                    Value = uploads.BucketName,
                    ExportName = {|STAGE005:"UploadsBucket"|},
                });
                _ = Fn.ImportValue({|STAGE005:"SharedVpcId"|});
            }
        }
        """,
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;
        using StageAware;

        public sealed class StorageStack : Stack
        {
            private const string Jobs = "jobs";

            public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                var uploads = new Bucket(this, "Uploads", new BucketProps
                {
                    BucketName = StageAwareApp.Of(this).PhysicalName("uploads", ResourceKind.S3Bucket), // kept short
                    Versioned = true,
                });
                _ = new Queue(scope, "Jobs", new QueueProps
                {
                    QueueName = StageAwareApp.Of(scope).PhysicalName(Jobs, ResourceKind.SqsQueue),
                });
                _ = new CfnOutput(this, "Bucket", new CfnOutputProps
                {
                    Value = uploads.BucketName,
                    ExportName = StageAwareApp.Of(this).ExportName("UploadsBucket"),
                });
                _ = Fn.ImportValue(StageAwareApp.Of(this).ExportName("SharedVpcId"));
            }
        }
        """,
        equivalenceKey: PrefixWithStageCodeFixProvider.EquivalenceKey);

    [Fact]
    public Task Let_cloudformation_name_it_removes_members_and_statements() => StageAwareTest.FixAsync(
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public sealed class StorageStack : Stack
        {
            public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                _ = new Bucket(this, "Uploads", new BucketProps { BucketName = {|STAGE004:"uploads"|} });
                _ = new Table(this, "Notes", new TableProps
                {
                    TableName = {|STAGE004:"notes"|},
                    PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING },
                });
                var raw = new CfnBucket(this, "Raw");
                raw.BucketName = {|STAGE004:"raw"|};
            }
        }
        """,
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public sealed class StorageStack : Stack
        {
            public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                _ = new Bucket(this, "Uploads", new BucketProps());
                _ = new Table(this, "Notes", new TableProps
                {
                    PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING },
                });
                var raw = new CfnBucket(this, "Raw");
            }
        }
        """,
        equivalenceKey: LetCloudFormationNameItCodeFixProvider.EquivalenceKey);

    [Fact]
    public Task Use_pseudo_parameters_rewrites_the_fields_of_arn_literals() => StageAwareTest.FixAsync(
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        public sealed class AlertsStack : Stack
        {
            public AlertsStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                _ = Topic.FromTopicArn(this, "Ops", {|STAGE006:"arn:aws:sns:eu-west-1:123456789012:ops"|});
                _ = new PolicyStatement(new PolicyStatementProps
                {
                    Actions = new[] { "sqs:SendMessage" },
                    Resources = new[]
                    {
                        "arn:aws:s3:::notes/*",
                        {|STAGE006:"arn:aws:sqs:us-east-1:123456789012:{jobs}"|},
                    },
                });
            }
        }
        """,
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        public sealed class AlertsStack : Stack
        {
            public AlertsStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                _ = Topic.FromTopicArn(this, "Ops", $"arn:aws:sns:{Aws.REGION}:{Aws.ACCOUNT_ID}:ops");
                _ = new PolicyStatement(new PolicyStatementProps
                {
                    Actions = new[] { "sqs:SendMessage" },
                    Resources = new[]
                    {
                        "arn:aws:s3:::notes/*",
                        $"arn:aws:sqs:{Aws.REGION}:{Aws.ACCOUNT_ID}:{{jobs}}",
                    },
                });
            }
        }
        """,
        equivalenceKey: UseAwsPseudoParametersCodeFixProvider.EquivalenceKey);

    [Fact]
    public Task Let_cloudformation_name_it_keeps_the_comment_of_the_member_left_last() => StageAwareTest.FixAsync(
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        public sealed class AlertsStack : Stack
        {
            public AlertsStack(Construct scope, string id) : base(scope, id)
            {
                _ = new Topic(this, "Alerts", new TopicProps
                {
                    DisplayName = "Alerts", // what people see
                    TopicName = {|STAGE004:"alerts"|} // the name
                });
            }
        }
        """,
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        public sealed class AlertsStack : Stack
        {
            public AlertsStack(Construct scope, string id) : base(scope, id)
            {
                _ = new Topic(this, "Alerts", new TopicProps
                {
                    DisplayName = "Alerts" // what people see
                });
            }
        }
        """,
        equivalenceKey: LetCloudFormationNameItCodeFixProvider.EquivalenceKey);

    [Fact]
    public Task Let_cloudformation_name_it_removes_a_top_level_statement() => StageAwareTest.FixAsync(
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;

        var app = new App();
        var stack = new Stack(app, {|STAGE003:"Raw"|});
        var raw = new CfnBucket(stack, "Raw");
        raw.BucketName = {|STAGE004:"raw"|};
        app.Synth();
        """,
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;

        var app = new App();
        var stack = new Stack(app, {|STAGE003:"Raw"|});
        var raw = new CfnBucket(stack, "Raw");
        app.Synth();
        """,
        OutputKind.ConsoleApplication,
        cdk: Cdk.V2WithoutRuntime,
        equivalenceKey: LetCloudFormationNameItCodeFixProvider.EquivalenceKey);

    // Not offered where taking the name out would take more: a statement under an `if` (it would leave the `if`
    // without one), a directive in the way, a value read at run time that only falls back to a constant.
    [Fact]
    public Task Let_cloudformation_name_it_is_not_offered_where_it_would_take_more_than_the_name()
    {
        const string Source = """
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            public sealed class StorageStack : Stack
            {
                public StorageStack(Construct scope, string id, bool dev) : base(scope, id)
                {
                    var raw = new CfnBucket(this, "Raw");
                    if (dev) raw.BucketName = {|STAGE004:"raw-dev"|};
                    _ = new Bucket(this, "Uploads", new BucketProps
                    {
            #if DEBUG
                        Versioned = true,
            #endif
                        BucketName = {|STAGE004:"uploads"|},
                    });
                    _ = new Bucket(this, "Logs", new BucketProps
                    {
                        BucketName = System.Environment.GetEnvironmentVariable("LOGS") ?? {|STAGE004:"logs"|},
                    });
                }
            }
            """;
        return StageAwareTest.FixAsync(
            Source,
            Source,
            cdk: Cdk.V2WithoutRuntime,
            equivalenceKey: LetCloudFormationNameItCodeFixProvider.EquivalenceKey);
    }
}
