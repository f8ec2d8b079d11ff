using Microsoft.CodeAnalysis;

namespace StageAware.Analyzers;

/// <summary>
/// The CDK types the rules look at, found once per compilation by metadata name, so CDK v1 (<c>Amazon.CDK</c>) and
/// v2 (<c>Amazon.CDK.Lib</c>) both work and the analyzers never reference the CDK.
/// </summary>
internal sealed class CdkSymbols
{
    private CdkSymbols(
        Compilation compilation,
        INamedTypeSymbol environment,
        INamedTypeSymbol stack,
        INamedTypeSymbol stackProps,
        INamedTypeSymbol? nestedStack,
        INamedTypeSymbol? stage,
        INamedTypeSymbol? stageProps,
        INamedTypeSymbol? app)
    {
        Compilation = compilation;
        Environment = environment;
        Stack = stack;
        StackProps = stackProps;
        NestedStack = nestedStack;
        Stage = stage;
        StageProps = stageProps;
        App = app;
        StageAwareApp = compilation.GetTypeByMetadataName("StageAware.StageAwareApp");
    }

    public Compilation Compilation { get; }

    /// <summary><c>Amazon.CDK.Environment</c>, whose <c>Account</c> and <c>Region</c> STAGE001/2 watch.</summary>
    public INamedTypeSymbol Environment { get; }

    public INamedTypeSymbol Stack { get; }

    public INamedTypeSymbol StackProps { get; }

    public INamedTypeSymbol? NestedStack { get; }

    public INamedTypeSymbol? Stage { get; }

    public INamedTypeSymbol? StageProps { get; }

    public INamedTypeSymbol? App { get; }

    /// <summary>The runtime's app, when the project references it.</summary>
    public INamedTypeSymbol? StageAwareApp { get; }

    /// <summary>The CDK types of <paramref name="compilation"/>, or null when it does not use the CDK.</summary>
    public static CdkSymbols? Create(Compilation compilation)
    {
        INamedTypeSymbol? environment = compilation.GetTypeByMetadataName("Amazon.CDK.Environment");
        INamedTypeSymbol? stack = compilation.GetTypeByMetadataName("Amazon.CDK.Stack");
        INamedTypeSymbol? stackProps = compilation.GetTypeByMetadataName("Amazon.CDK.StackProps");
        if (environment is null || stack is null || stackProps is null)
        {
            return null;
        }

        return new CdkSymbols(
            compilation,
            environment,
            stack,
            stackProps,
            compilation.GetTypeByMetadataName("Amazon.CDK.NestedStack"),
            compilation.GetTypeByMetadataName("Amazon.CDK.Stage"),
            compilation.GetTypeByMetadataName("Amazon.CDK.StageProps"),
            compilation.GetTypeByMetadataName("Amazon.CDK.App"));
    }

    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A stack that deploys as a CloudFormation stack of its own: not a nested stack.</summary>
    public bool IsDeployedStack(ITypeSymbol? type) => DerivesFrom(type, Stack) && !DerivesFrom(type, NestedStack);

    /// <summary>A construct scope that is the app itself: a stack created in it is a top-level stack.</summary>
    public bool IsApp(ITypeSymbol? type) => DerivesFrom(type, App);

    /// <summary>The <c>Account</c> or <c>Region</c> of <c>Amazon.CDK.Environment</c>.</summary>
    public bool IsEnvironmentProperty(IPropertySymbol? property, string name) =>
        property is not null
        && property.Name == name
        && SymbolEqualityComparer.Default.Equals(property.ContainingType?.OriginalDefinition, Environment);

    /// <summary><c>StackProps.StackName</c>, inherited or not; no other type's <c>StackName</c>.</summary>
    public bool IsStackNameProperty(IPropertySymbol? property) =>
        property is not null
        && property.Name == "StackName"
        && SymbolEqualityComparer.Default.Equals(property.OriginalDefinition.ContainingType, StackProps);
}
