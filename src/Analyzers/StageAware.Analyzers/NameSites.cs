namespace StageAware.Analyzers;

/// <summary>
/// What the fixes of STAGE004-STAGE006 read from a diagnostic, beside <see cref="SiteKinds.ValueKey"/> (the
/// constant) and <see cref="SiteKinds.PropertyKey"/> (the property that is set): the resource kind, and whether and
/// how the property can be taken out so that CloudFormation names the resource.
/// </summary>
public static class NameSites
{
    /// <summary>The property that holds the <c>StageAware.ResourceKind</c> member of a physical name.</summary>
    public const string KindKey = "ResourceKind";

    /// <summary>How the name can be removed: <see cref="Member"/> or <see cref="Statement"/>.</summary>
    public const string RemovalKey = "Removal";

    /// <summary>The name is a member of an object initializer, which can go.</summary>
    public const string Member = "Member";

    /// <summary>The name is set by an assignment statement, which can go.</summary>
    public const string Statement = "Statement";
}
