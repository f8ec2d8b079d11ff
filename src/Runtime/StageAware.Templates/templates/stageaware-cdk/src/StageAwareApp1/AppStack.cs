using Amazon.CDK;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace StageAwareApp1;

/// <summary>The app's first stack; StageAware names it {stage}-{app}-app and puts it in the stage's region.</summary>
public sealed class AppStack : Stack
{
    /// <summary>Creates the stack.</summary>
    /// <param name="scope">The app.</param>
    /// <param name="id">The stack's id.</param>
    /// <param name="props">The stack's props.</param>
    public AppStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        // No QueueName: CloudFormation names it, so every stage gets its own queue.
        _ = new Queue(this, "Work", new QueueProps { VisibilityTimeout = Duration.Seconds(60) });
    }
}
