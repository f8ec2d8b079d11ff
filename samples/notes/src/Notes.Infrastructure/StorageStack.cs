using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.S3;
using Constructs;
using StageAware;

namespace Notes.Infrastructure;

/// <summary>The notes table and the bucket for the files users attach to their notes.</summary>
public sealed class StorageStack : Stack
{
    /// <summary>Creates the storage of one stage.</summary>
    /// <param name="scope">The app.</param>
    /// <param name="id">The stack's id.</param>
    /// <param name="props">The stack's props.</param>
    public StorageStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        StageAwareApp app = StageAwareApp.Of(this);

        // A stage other than prod is thrown away with its data; prod keeps it.
        RemovalPolicy removal = app.Stage == "prod" ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

        Notes = new Table(this, "Notes", new TableProps
        {
            PartitionKey = new Attribute { Name = "userId", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "noteId", Type = AttributeType.STRING },
            BillingMode = BillingMode.PAY_PER_REQUEST,
            PointInTimeRecovery = true,
            RemovalPolicy = removal,
        });

        Uploads = new Bucket(this, "Uploads", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            RemovalPolicy = removal,
            Cors = new ICorsRule[]
            {
                new CorsRule
                {
                    AllowedMethods = new[] { HttpMethods.GET, HttpMethods.PUT, HttpMethods.POST, HttpMethods.HEAD, HttpMethods.DELETE },
                    AllowedOrigins = new[] { "*" },
                    AllowedHeaders = new[] { "*" },
                    MaxAge = 3000,
                },
            },
        });

        // The Serverless API reads these as ${cf:prod-notes-storage.TableName} and friends.
        _ = new CfnOutput(this, "TableName", new CfnOutputProps
        {
            Value = Notes.TableName,
            ExportName = app.ExportName("TableName"),
        });
        _ = new CfnOutput(this, "UploadsBucketName", new CfnOutputProps
        {
            Value = Uploads.BucketName,
            ExportName = app.ExportName("UploadsBucketName"),
        });
    }

    /// <summary>The notes, keyed by user and note.</summary>
    public Table Notes { get; }

    /// <summary>The files attached to notes, under <c>private/{identity}/</c>.</summary>
    public Bucket Uploads { get; }
}
