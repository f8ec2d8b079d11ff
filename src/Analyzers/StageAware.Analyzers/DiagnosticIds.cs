namespace StageAware.Analyzers;

/// <summary>
/// The ids of the stage-aware rules, kept here and in <c>AnalyzerReleases.*.md</c>; an id is never reused. The
/// wiring generator owns STAGE100 and up.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>STAGE001: a constant AWS account in the environment of a stack or a CDK Stage.</summary>
    public const string ConstantAccount = "STAGE001";

    /// <summary>STAGE002: a constant AWS region in the environment of a stack or a CDK Stage.</summary>
    public const string ConstantRegion = "STAGE002";

    /// <summary>STAGE003: a top-level stack whose construct id or stack name is a constant.</summary>
    public const string ConstantStackName = "STAGE003";

    /// <summary>STAGE004: a constant physical name of a resource whose name is unique per account and region.</summary>
    public const string ConstantPhysicalName = "STAGE004";

    /// <summary>STAGE005: a constant CloudFormation export name, or the import of one.</summary>
    public const string ConstantExportName = "STAGE005";

    /// <summary>STAGE006: a hard-coded account id or region inside an ARN given to the CDK.</summary>
    public const string HardCodedArn = "STAGE006";
}

/// <summary>The fixed set of categories of the stage-aware rules.</summary>
public static class Categories
{
    /// <summary>Where a stack deploys: account and region.</summary>
    public const string Environment = "StageAware.Environment";

    /// <summary>What a stack or resource is called.</summary>
    public const string Naming = "StageAware.Naming";
}
