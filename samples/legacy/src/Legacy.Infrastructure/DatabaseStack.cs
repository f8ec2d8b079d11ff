using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace Legacy.Infrastructure
{
    /// <summary>The table of the uploads' metadata.</summary>
    public class DatabaseStack : Stack
    {
        /// <summary>Creates the table.</summary>
        public DatabaseStack(Construct scope, string id, IBucket uploads, IStackProps props = null)
            : base(scope, id, props)
        {
            var table = new Table(this, "Files", new TableProps
            {
                PartitionKey = new Attribute { Name = "key", Type = AttributeType.STRING },
                BillingMode = BillingMode.PAY_PER_REQUEST,
                RemovalPolicy = RemovalPolicy.DESTROY,
            });

            _ = new CfnOutput(this, "TableName", new CfnOutputProps { Value = table.TableName });
            _ = new CfnOutput(this, "BucketName", new CfnOutputProps { Value = uploads.BucketName });
        }
    }
}
