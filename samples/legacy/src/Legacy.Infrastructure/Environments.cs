namespace Legacy.Infrastructure
{
    /// <summary>Builds the environment a stack deploys to.</summary>
    public static class Environments
    {
        /// <summary>The environment of an account and a region.</summary>
        public static Amazon.CDK.Environment For(string account, string region)
        {
            return new Amazon.CDK.Environment
            {
                Account = account,
                Region = region,
            };
        }
    }
}
