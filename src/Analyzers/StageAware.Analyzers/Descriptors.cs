using Microsoft.CodeAnalysis;

namespace StageAware.Analyzers;

/// <summary>One descriptor per rule, each linking to its page under <c>docs/rules/</c>.</summary>
public static class Descriptors
{
    /// <summary>STAGE001.</summary>
    public static readonly DiagnosticDescriptor ConstantAccount = Rule(
        DiagnosticIds.ConstantAccount,
        Categories.Environment,
        "Constant AWS account in the environment of a stack or Stage",
        "{0} hard-codes the account '{1}'; remove it so that the deploy's credentials decide the account, " +
        "and create the stack in a StageAwareApp (Make stage-aware)",
        "An account written into the code deploys every stage to that one account and ties the app to it. " +
        "A stage-aware app takes the account from the credentials of the deploy (CDK_DEFAULT_ACCOUNT).");

    /// <summary>STAGE002.</summary>
    public static readonly DiagnosticDescriptor ConstantRegion = Rule(
        DiagnosticIds.ConstantRegion,
        Categories.Environment,
        "Constant AWS region in the environment of a stack or Stage",
        "{0} hard-codes the region '{1}'; remove it so that the stage decides the region " +
        "(stageaware deploy --region), and create the stack in a StageAwareApp (Make stage-aware)",
        "A region written into the code sends every stage to that one region. A stage-aware app takes the " +
        "region from --region, the context, AWS_REGION or stageaware.json, like serverless deploy --region.");

    /// <summary>STAGE003.</summary>
    public static readonly DiagnosticDescriptor ConstantStackName = Rule(
        DiagnosticIds.ConstantStackName,
        Categories.Naming,
        "Stack id or stack name is a constant not derived from the stage",
        "The {0} '{1}' of {2} is the same for every stage, so two stages in one account deploy over each " +
        "other; derive it from the stage with {3} (Make stage-aware)",
        "A top-level stack's CloudFormation name is its construct id or its StackName. When that is a constant, " +
        "dev, staging and prod deployed to one account and region are the same CloudFormation stack. The " +
        "stage-aware wiring and StageAwareApp.StackName name each stack {stage}-{app}-{id}.");

    /// <summary>STAGE004.</summary>
    public static readonly DiagnosticDescriptor ConstantPhysicalName = Rule(
        DiagnosticIds.ConstantPhysicalName,
        Categories.Naming,
        "Constant physical name on a resource whose name must be unique per account and region",
        "{0} '{1}' is the same physical name in every stage, so two stages in one account collide on it; " +
        "prefix it with StageAwareApp.Of(scope).PhysicalName(..., ResourceKind.{2}) (Prefix with the stage), or " +
        "remove it (Let CloudFormation name it)",
        "Buckets, tables, functions, roles, queues and most other resources with an explicit name must have a " +
        "name of their own in the account and region (an S3 bucket's in all of AWS). A constant name makes the " +
        "second stage deployed to one account fail, or take over the first stage's resource.");

    /// <summary>STAGE005.</summary>
    public static readonly DiagnosticDescriptor ConstantExportName = Rule(
        DiagnosticIds.ConstantExportName,
        Categories.Naming,
        "Constant CloudFormation export name",
        "{0} '{1}' is the same in every stage, so two stages in one account collide on it; " +
        "derive it from the stage with StageAwareApp.Of(scope).ExportName(...) (Prefix with the stage)",
        "A CloudFormation export name is unique per account and region. A constant export makes the second " +
        "stage's deploy fail, and a constant Fn.ImportValue reads another stage's value. StageAwareApp.ExportName " +
        "names each export {stage}-{app}-{name}, on both sides.");

    /// <summary>STAGE006.</summary>
    public static readonly DiagnosticDescriptor HardCodedArn = Rule(
        DiagnosticIds.HardCodedArn,
        Categories.Environment,
        "Hard-coded account or region in an ARN",
        "The ARN '{0}' hard-codes {1}; use Aws.ACCOUNT_ID and Aws.REGION or Stack.FormatArn so that each stage " +
        "points at its own account and region (Use Aws.ACCOUNT_ID / Aws.REGION)",
        "An ARN that spells out an account id or a region points every stage at that one account and region, " +
        "whatever the stage deploys to. The pseudo parameters Aws.ACCOUNT_ID and Aws.REGION (or Stack.FormatArn) " +
        "resolve to the account and region of the stack being deployed.");

    /// <summary>The page of a rule.</summary>
    public static string HelpLink(string id) =>
        $"https://github.com/stageaware/stageaware/blob/main/docs/rules/{id}.md";

    private static DiagnosticDescriptor Rule(
        string id, string category, string title, string message, string description) => new(
        id,
        title,
        message,
        category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: description,
        helpLinkUri: HelpLink(id));
}
