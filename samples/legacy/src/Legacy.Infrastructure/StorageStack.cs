using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace Legacy.Infrastructure
{
    /// <summary>The bucket users upload to.</summary>
    public class StorageStack : Stack
    {
        /// <summary>Creates the bucket.</summary>
        public StorageStack(Construct scope, string id, IStackProps props = null) : base(scope, id, props)
        {
            Uploads = new Bucket(this, "Uploads", new BucketProps
            {
                BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
                Encryption = BucketEncryption.S3_MANAGED,
                RemovalPolicy = RemovalPolicy.DESTROY,
            });
        }

        /// <summary>The uploads.</summary>
        public Bucket Uploads { get; }
    }
}
