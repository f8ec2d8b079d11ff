using Amazon.CDK;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace Legacy.Infrastructure
{
    /// <summary>The props of <see cref="QueueStack"/>.</summary>
    public class QueueStackProps : StackProps
    {
        /// <summary>How long a message is kept.</summary>
        public int RetentionDays { get; set; } = 14;
    }

    /// <summary>The queue of upload events.</summary>
    public class QueueStack : Stack
    {
        /// <summary>Creates the queue.</summary>
        public QueueStack(Construct scope, string id, QueueStackProps props) : base(scope, id, props)
        {
            _ = new Queue(this, "Events", new QueueProps
            {
                RetentionPeriod = Duration.Days(props.RetentionDays),
            });
        }
    }
}
