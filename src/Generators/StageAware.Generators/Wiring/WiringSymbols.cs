using Microsoft.CodeAnalysis;

namespace StageAware.Generators.Wiring;

/// <summary>The CDK and runtime types the wiring depends on, looked up once per compilation by metadata name.</summary>
internal sealed class WiringSymbols
{
    public const string StackMetadataName = "Amazon.CDK.Stack";
    public const string StackPropsMetadataName = "Amazon.CDK.StackProps";
    public const string StackPropsInterfaceMetadataName = "Amazon.CDK.IStackProps";
    public const string AppMetadataName = "StageAware.StageAwareApp";

    private WiringSymbols(
        Compilation compilation,
        INamedTypeSymbol stack,
        INamedTypeSymbol stackProps,
        INamedTypeSymbol stackPropsInterface,
        INamedTypeSymbol app)
    {
        Compilation = compilation;
        Stack = stack;
        StackProps = stackProps;
        StackPropsInterface = stackPropsInterface;
        App = app;
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol Stack { get; }

    public INamedTypeSymbol StackProps { get; }

    public INamedTypeSymbol StackPropsInterface { get; }

    public INamedTypeSymbol App { get; }

    /// <summary>
    /// The symbols of <paramref name="compilation"/>, or null when it lacks the CDK or the stage-aware runtime:
    /// then there is nothing to wire and nothing to report.
    /// </summary>
    public static WiringSymbols? Create(Compilation compilation)
    {
        INamedTypeSymbol? app = compilation.GetTypeByMetadataName(AppMetadataName);
        if (app is null || !compilation.IsSymbolAccessibleWithin(app, compilation.Assembly))
        {
            return null;
        }

        INamedTypeSymbol? stack = compilation.GetTypeByMetadataName(StackMetadataName);
        INamedTypeSymbol? stackProps = compilation.GetTypeByMetadataName(StackPropsMetadataName);
        INamedTypeSymbol? stackPropsInterface = compilation.GetTypeByMetadataName(StackPropsInterfaceMetadataName);
        if (stack is null || stackProps is null || stackPropsInterface is null)
        {
            return null;
        }

        return new WiringSymbols(compilation, stack, stackProps, stackPropsInterface, app);
    }

    /// <summary>True for a class that derives, directly or not, from <c>Amazon.CDK.Stack</c>.</summary>
    public bool IsStack(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, Stack))
            {
                return true;
            }
        }

        return false;
    }
}
