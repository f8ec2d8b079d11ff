using System.Threading.Tasks;
using Xunit;

namespace StageAware.Analyzers.Tests;

/// <summary>STAGE004-STAGE006: names and ARNs that collide when two stages share an account; the near misses.</summary>
public sealed class NameReportTests
{
    [Fact]
    public Task Physical_names_of_l2_props_in_initializers_consts_and_interpolations() =>
        StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public static class Names
        {
            public const string Table = "notes";
        }

        public sealed class StorageStack : Stack
        {
            private const string Prefix = "notes";

            public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                _ = new Bucket(this, "Uploads", new BucketProps { BucketName = {|STAGE004:"notes-uploads"|} });
                _ = new Table(this, "Notes", new TableProps
                {
                    TableName = {|STAGE004:Names.Table|},
                    PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING },
                });
                _ = new Queue(this, "Jobs", new QueueProps { QueueName = {|STAGE004:$"{Prefix}-jobs"|} });
            }
        }
        """);

    [Fact]
    public Task Physical_names_of_l1_props_and_constructs_and_assignments_after_construction() =>
        StageAwareTest.AnalyzeAsync("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.Lambda;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            public sealed class AppStack : Stack
            {
                public AppStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                {
                    _ = new CfnBucket(this, "Raw", new CfnBucketProps { BucketName = {|STAGE004:"raw-data"|} });
                    var logs = new CfnBucket(this, "Logs");
                    logs.BucketName = {|STAGE004:"access-logs"|};
                    var roleProps = new RoleProps { AssumedBy = new ServicePrincipal("lambda.amazonaws.com") };
                    roleProps.RoleName = {|STAGE004:"notes-worker"|};
                    string function = "notes-api";
                    _ = new Function(this, "Api", new FunctionProps
                    {
                        FunctionName = {|STAGE004:function|},
                        Runtime = Runtime.NODEJS_20_X,
                        Handler = "index.handler",
                        Code = Code.FromInline("exports.handler = async () => 1;"),
                    });
                }
            }
            """);

    [Fact]
    public Task A_helper_of_the_project_called_with_a_constant_name_reports_the_argument() =>
        StageAwareTest.AnalyzeAsync("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.SNS;
            using Constructs;

            public sealed class AlertsStack : Stack
            {
                public AlertsStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                {
                    _ = Topic(this, {|STAGE004:"alerts"|});
                    _ = Topic(this, StageAware.StageAwareApp.Of(this).PhysicalName("audit"));
                }

                private static Topic Topic(Construct scope, string name) =>
                    new Topic(scope, name, new TopicProps { TopicName = name });
            }
            """);

    [Fact]
    public Task A_property_added_in_editorconfig_is_watched() => StageAwareTest.AnalyzeAsync(
        """
        namespace My.Constructs
        {
            public sealed class WidgetProps
            {
                public string? WidgetName { get; set; }

                public string? Title { get; set; }
            }

            public static class Build
            {
                public static WidgetProps Make() =>
                    new WidgetProps { WidgetName = {|STAGE004:"widgets"|}, Title = "widgets" };

                public static Amazon.CDK.App App() => new Amazon.CDK.App();
            }
        }
        """,
        editorConfig: "stageaware.physical_name_properties = My.Constructs.WidgetProps.WidgetName:S3Bucket");

    [Fact]
    public Task Physical_names_stay_silent_on_imports_display_names_attributes_and_the_stage_api() =>
        StageAwareTest.AnalyzeAsync("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.APIGateway;
            using Amazon.CDK.AWS.DynamoDB;
            using Amazon.CDK.AWS.S3;
            using Constructs;
            using StageAware;

            public sealed class ApiStack : Stack
            {
                public ApiStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                {
                    // BucketName = "in-a-comment" is not code.
                    _ = Bucket.FromBucketName(this, "Legacy", "legacy-uploads");
                    _ = new RestApi(this, "Api", new RestApiProps { RestApiName = "notes-api" });
                    _ = new Attribute { Name = "id", Type = AttributeType.STRING };
                    _ = new Bucket(this, "Uploads", new BucketProps
                    {
                        BucketName = StageAwareApp.Of(this).PhysicalName("uploads", ResourceKind.S3Bucket),
                    });
                    _ = new Bucket(this, "Env", new BucketProps
                    {
                        BucketName = System.Environment.GetEnvironmentVariable("BUCKET"),
                    });
                    _ = new Bucket(this, "Stage", new BucketProps { BucketName = $"{StageAwareApp.Of(this).Stage}-x" });
                }
            }
            """);

    [Fact]
    public Task Export_names_and_imports() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;
        using Constructs;

        public sealed class StorageStack : Stack
        {
            private const string Export = "NotesTableName";

            public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                _ = new CfnOutput(this, "TableName", new CfnOutputProps
                {
                    Value = "notes",
                    ExportName = {|STAGE005:Export|},
                    Description = "The table's name",
                });
                var output = new CfnOutput(this, "Arn", new CfnOutputProps { Value = "x" });
                output.ExportName = {|STAGE005:"NotesTableArn"|};
                _ = ExportValue("x", new ExportValueOptions { Name = {|STAGE005:"Raw"|} });
                _ = Fn.ImportValue({|STAGE005:"SharedVpcId"|});
            }
        }
        """);

    [Fact]
    public Task Export_names_from_the_stage_or_read_at_run_time_stay_silent() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;
        using Constructs;
        using StageAware;

        public sealed class StorageStack : Stack
        {
            public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                StageAwareApp app = StageAwareApp.Of(this);
                _ = new CfnOutput(this, "TableName", new CfnOutputProps
                {
                    Value = "notes",
                    ExportName = app.ExportName("TableName"),
                });
                _ = Fn.ImportValue(app.ExportName("VpcId"));
                _ = Fn.ImportValue((string)Node.TryGetContext("vpc-export"));
                _ = Fn.Join("-", new[] { "a", "b" });
            }
        }
        """);

    [Fact]
    public Task Arns_that_spell_out_an_account_or_a_region() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        public sealed class AlertsStack : Stack
        {
            private const string Prod = "123456789012";

            public AlertsStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                _ = Topic.FromTopicArn(this, "Ops", {|STAGE006:"arn:aws:sns:eu-west-1:123456789012:ops"|});
                _ = new PolicyStatement(new PolicyStatementProps
                {
                    Actions = new[] { "sqs:SendMessage", "s3:GetObject" },
                    Resources = new[]
                    {
                        "arn:aws:s3:::notes-uploads/*",
                        {|STAGE006:$"arn:aws:sqs:us-east-1:{Prod}:jobs"|},
                    },
                });
                _ = Role.FromRoleArn(this, "Deployer", {|STAGE006:"arn:aws:iam::" + Prod + ":role/deployer"|});
            }
        }
        """);

    [Fact]
    public Task Arns_without_those_fields_wildcards_and_pseudo_parameters_stay_silent() =>
        StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        public sealed class AlertsStack : Stack
        {
            public AlertsStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                _ = new PolicyStatement(new PolicyStatementProps
                {
                    Actions = new[] { "s3:GetObject", "sns:Publish", "iam:PassRole" },
                    Resources = new[]
                    {
                        "arn:aws:s3:::notes-uploads/*",
                        "arn:aws:iam::*:role/deployer",
                        "arn:aws:sns:*:*:alerts",
                        $"arn:aws:sns:{this.Region}:{this.Account}:ops",
                        $"arn:aws:sqs:{Aws.REGION}:{Aws.ACCOUNT_ID}:jobs",
                    },
                });
                _ = ManagedPolicy.FromManagedPolicyArn(
                    this, "Admin", "arn:aws:iam::aws:policy/AdministratorAccess");
                _ = Topic.FromTopicArn(this, "Ops", FormatArn(new ArnComponents
                {
                    Service = "sns",
                    Resource = "ops",
                }));
                // "arn:aws:sns:eu-west-1:123456789012:in-a-comment"
                string notForTheCdk = "arn:aws:sns:eu-west-1:123456789012:ops";
                System.Console.WriteLine(notForTheCdk);
            }
        }
        """);

    [Fact]
    public Task A_helper_that_builds_the_name_from_its_argument_reports_the_argument() =>
        StageAwareTest.AnalyzeAsync("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.SNS;
            using Constructs;

            public sealed class AlertsStack : Stack
            {
                public AlertsStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                {
                    _ = Suffixed(this, {|STAGE004:"alerts"|});
                    _ = Interpolated(this, {|STAGE004:"audit"|});
                }

                private static Topic Suffixed(Construct scope, string name) =>
                    new Topic(scope, name, new TopicProps { TopicName = name + "-topic" });

                private static Topic Interpolated(Construct scope, string name) =>
                    new Topic(scope, name, new TopicProps { TopicName = $"notes-{name}" });
            }
            """);

    [Fact]
    public Task Every_arm_of_a_switch_and_every_element_of_a_collection_expression() =>
        StageAwareTest.AnalyzeAsync("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            public sealed class StorageStack : Stack
            {
                public StorageStack(Construct scope, string id, bool prod) : base(scope, id)
                {
                    _ = new Bucket(this, "Uploads", new BucketProps
                    {
                        BucketName = prod switch
                        {
                            true => {|STAGE004:"uploads"|},
                            false => {|STAGE004:"uploads-test"|},
                        },
                    });
                    _ = new PolicyStatement(new PolicyStatementProps
                    {
                        Actions = ["sqs:SendMessage"],
                        Resources = ["arn:aws:s3:::notes/*", {|STAGE006:"arn:aws:sqs:us-east-1:123456789012:jobs"|}],
                    });
                }
            }
            """);

    [Fact]
    public Task Inline_policy_names_layers_of_other_accounts_and_unknown_editorconfig_kinds_stay_silent() =>
        StageAwareTest.AnalyzeAsync(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            namespace My
            {
                public sealed class WidgetProps
                {
                    public string? WidgetName { get; set; }
                }

                public sealed class WorkerStack : Stack
                {
                    public WorkerStack(Construct scope, string id) : base(scope, id)
                    {
                        // Unique on its role only.
                        _ = new Policy(this, "Read", new PolicyProps { PolicyName = "read-uploads" });
                        _ = new CfnPolicy(this, "Write", new CfnPolicyProps
                        {
                            PolicyName = "write",
                            PolicyDocument = "{}",
                        });
                        // The layer's account is its publisher's; its region must be the stack's.
                        _ = LayerVersion.FromLayerVersionArn(this, "Insights",
                            {|STAGE006:"arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14"|});
                        _ = new WidgetProps { WidgetName = "widgets" };
                    }
                }
            }
            """,
            editorConfig: "stageaware.physical_name_properties = My.WidgetProps.WidgetName:Not|AKind");
}
