using Amazon.CDK;

namespace Legacy.Infrastructure
{
    sealed class Program
    {
        public static void Main(string[] args)
        {
            var app = new App();

            // Everything lives in the production account, in Virginia.
            var storage = new StorageStack(app, "LegacyStorageStack", new StackProps
            {
                Env = new Amazon.CDK.Environment
                {
                    Account = "123456789012",
                    Region = "us-east-1",
                },
                Description = "Uploads of the legacy app",
            });

            new DatabaseStack(app, "LegacyDatabaseStack", storage.Uploads, new StackProps
            {
                Env = Environments.For(Accounts.Production, "us-east-1"),
                StackName = "legacy-database",
            });

            Messaging.AddQueue(app);

            app.Synth();
        }
    }
}
