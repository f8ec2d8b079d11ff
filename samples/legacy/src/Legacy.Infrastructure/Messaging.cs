using Amazon.CDK;

namespace Legacy.Infrastructure
{
    /// <summary>The messaging part of the app.</summary>
    public static class Messaging
    {
        /// <summary>Adds the queue stack to the app.</summary>
        public static QueueStack AddQueue(App app)
        {
            return new QueueStack(app, "LegacyQueueStack", new QueueStackProps
            {
                Env = new Amazon.CDK.Environment { Account = Accounts.Production, Region = "us-east-1" },
                RetentionDays = 4,
            });
        }
    }
}
