using System.Globalization;
using System.Text;

namespace StageAware.Benchmarks;

/// <summary>
/// The source of a synthetic CDK app of realistic shape: stack classes with a table, a bucket, queues, a topic, a
/// function, a role, a log group, a schedule and outputs, created by a program in a <c>StageAwareApp</c>. One stack
/// in ten breaks the rules the way legacy code does: a hard-coded account and region, a constant stack id, a
/// constant bucket name, export name and ARN. The benchmarks compile it in memory; build-ratio.sh builds it.
/// </summary>
public static class SyntheticApp
{
    /// <summary>One stack in this many breaks the rules.</summary>
    public const int ViolationEvery = 10;

    /// <summary>The text that <see cref="Stack"/> puts in the body of the helper method, for the edit benchmarks.</summary>
    public const string HelperBody = "=> what + \" of \" + Area;";

    /// <summary>The text that <see cref="Stack"/> puts in the constructor body, for the keystroke benchmark.</summary>
    public const string ConstructorLiteral = "MemorySize = 256,";

    private static readonly string[] Areas =
    {
        "Orders", "Billing", "Catalog", "Search", "Accounts", "Shipping", "Reviews", "Payments", "Inventory", "Media",
    };

    /// <summary>The name of stack class <paramref name="index"/>, such as <c>Orders0003Stack</c>.</summary>
    public static string StackClass(int index) =>
        Areas[index % Areas.Length] + index.ToString("D4", CultureInfo.InvariantCulture) + "Stack";

    /// <summary>Whether stack <paramref name="index"/> is one of the rule breakers.</summary>
    public static bool Breaks(int index) => index % ViolationEvery == ViolationEvery / 2;

    /// <summary>The file of stack class <paramref name="index"/> in namespace <paramref name="ns"/>.</summary>
    public static string Stack(string ns, int index)
    {
        string name = StackClass(index);
        string area = Areas[index % Areas.Length];
        string number = index.ToString(CultureInfo.InvariantCulture);
        bool breaks = Breaks(index);
        string bucketName = breaks ? $"\n            BucketName = \"{area.ToLowerInvariant()}-uploads-{number}\"," : "";
        string exportName = breaks ? $", ExportName = \"{area}{number}Table\"" : "";
        string alarmTopic = breaks
            ? "\"arn:aws:sns:us-east-1:123456789012:alerts\""
            : "Stack.Of(this).FormatArn(new ArnComponents { Service = \"sns\", Resource = \"alerts\" })";

        return $$"""
            using System.Collections.Generic;
            using Amazon.CDK;
            using Amazon.CDK.AWS.DynamoDB;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.Logs;
            using Amazon.CDK.AWS.S3;
            using Amazon.CDK.AWS.SNS;
            using Amazon.CDK.AWS.SQS;
            using Constructs;
            using Events = Amazon.CDK.AWS.Events;
            using Lambda = Amazon.CDK.AWS.Lambda;
            using Targets = Amazon.CDK.AWS.Events.Targets;

            namespace {{ns}};

            /// <summary>The {{area}} service, part {{number}}: its data, its work queue and its handler.</summary>
            public sealed class {{name}} : Stack
            {
                private const string Area = "{{area}}";

                /// <summary>Creates the stack.</summary>
                /// <param name="scope">The app.</param>
                /// <param name="id">The stack's id.</param>
                /// <param name="props">The stack's props.</param>
                public {{name}}(Construct scope, string id, IStackProps? props = null)
                    : base(scope, id, props)
                {
                    Table = new Table(this, "Items", new TableProps
                    {
                        PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
                        SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
                        BillingMode = BillingMode.PAY_PER_REQUEST,
                        PointInTimeRecovery = true,
                        RemovalPolicy = RemovalPolicy.DESTROY,
                    });

                    var uploads = new Bucket(this, "Uploads", new BucketProps
                    {{{bucketName}}
                        Versioned = true,
                        Encryption = BucketEncryption.S3_MANAGED,
                        BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
                        EnforceSSL = true,
                        LifecycleRules = new ILifecycleRule[]
                        {
                            new LifecycleRule { Expiration = Duration.Days({{30 + (index % 60)}}) },
                        },
                    });

                    var deadLetters = new Queue(this, "DeadLetters", new QueueProps
                    {
                        RetentionPeriod = Duration.Days(14),
                    });
                    var work = new Queue(this, "Work", new QueueProps
                    {
                        VisibilityTimeout = Duration.Seconds(90),
                        DeadLetterQueue = new DeadLetterQueue { Queue = deadLetters, MaxReceiveCount = 5 },
                    });

                    var events = new Topic(this, "Events", new TopicProps { DisplayName = Describe("events") });
                    ITopic alarms = Topic.FromTopicArn(this, "Alarms", {{alarmTopic}});

                    var logs = new LogGroup(this, "HandlerLogs", new LogGroupProps
                    {
                        Retention = RetentionDays.ONE_MONTH,
                        RemovalPolicy = RemovalPolicy.DESTROY,
                    });

                    var handler = new Lambda.Function(this, "Handler", new Lambda.FunctionProps
                    {
                        Runtime = Lambda.Runtime.NODEJS_20_X,
                        Handler = "index.handler",
                        Code = Lambda.Code.FromInline("exports.handler = async () => ({ statusCode: 200 });"),
                        Timeout = Duration.Seconds(30),
                        {{ConstructorLiteral}}
                        LogGroup = logs,
                        Description = Describe("handler"),
                        Environment = new Dictionary<string, string>
                        {
                            ["TABLE_NAME"] = Table.TableName,
                            ["BUCKET_NAME"] = uploads.BucketName,
                            ["QUEUE_URL"] = work.QueueUrl,
                            ["TOPIC_ARN"] = events.TopicArn,
                        },
                    });
                    Table.GrantReadWriteData(handler);
                    uploads.GrantReadWrite(handler);
                    work.GrantConsumeMessages(handler);
                    events.GrantPublish(handler);
                    alarms.GrantPublish(handler);

                    var auditor = new Role(this, "Auditor", new RoleProps
                    {
                        AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
                        Description = Describe("auditor"),
                    });
                    auditor.AddToPolicy(new PolicyStatement(new PolicyStatementProps
                    {
                        Actions = new[] { "dynamodb:Query", "s3:GetObject" },
                        Resources = new[] { Table.TableArn, uploads.ArnForObjects("reports/*") },
                    }));

                    var schedule = new Events.Rule(this, "Nightly", new Events.RuleProps
                    {
                        Schedule = Events.Schedule.Cron(new Events.CronOptions { Hour = "{{index % 24}}", Minute = "0" }),
                    });
                    schedule.AddTarget(new Targets.LambdaFunction(handler));

                    _ = new CfnOutput(this, "TableName", new CfnOutputProps { Value = Table.TableName{{exportName}} });
                    _ = new CfnOutput(this, "QueueUrl", new CfnOutputProps { Value = work.QueueUrl });
                }

                /// <summary>The stack's table.</summary>
                public Table Table { get; }

                private static string Describe(string what) {{HelperBody}}
            }
            """;
    }

    /// <summary>
    /// The program that creates stacks <paramref name="first"/> to <paramref name="first"/> +
    /// <paramref name="count"/> - 1 of namespace <paramref name="ns"/>.
    /// </summary>
    public static string Program(string ns, int first, int count)
    {
        var text = new StringBuilder();
        text.Append("using Amazon.CDK;\nusing StageAware;\nusing ").Append(ns).Append(";\n\n");
        text.Append("var app = new StageAwareApp();\n\n");
        for (int index = first; index < first + count; index++)
        {
            string name = StackClass(index);
            string id = name.Substring(0, name.Length - "Stack".Length);
            text.Append(Breaks(index)
                ? $"_ = new {name}(app, \"{id}\", new StackProps\n{{\n    StackName = \"{id}\",\n" +
                  "    Env = new Environment { Account = \"123456789012\", Region = \"eu-west-1\" },\n});\n"
                : $"_ = new {name}(app, \"{id}\", app.StackProps(\"{id}\"));\n");
        }

        text.Append("\napp.Synth();\n");
        return text.ToString();
    }
}
