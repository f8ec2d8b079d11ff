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
