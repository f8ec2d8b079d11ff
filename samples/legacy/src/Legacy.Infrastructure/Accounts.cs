namespace Legacy.Infrastructure
{
    /// <summary>The AWS accounts of the company.</summary>
    public static class Accounts
    {
        /// <summary>Where production runs.</summary>
        public const string Production = "123456789012";
    }
}
