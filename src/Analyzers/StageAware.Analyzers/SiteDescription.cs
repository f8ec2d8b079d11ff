using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StageAware.Analyzers;

/// <summary>Names the stack or Stage a value belongs to, for the messages.</summary>
internal static class SiteDescription
{
    /// <summary>The stack or Stage whose creation has <paramref name="operation"/> in its arguments.</summary>
    public static IObjectCreationOperation? EnclosingCreation(IOperation operation, CdkSymbols cdk)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IObjectCreationOperation creation
                    when CdkSymbols.DerivesFrom(creation.Type, cdk.Stack)
                        || CdkSymbols.DerivesFrom(creation.Type, cdk.Stage):
                    return creation;
                case IExpressionStatementOperation or IVariableDeclaratorOperation or IBlockOperation
                    or IReturnOperation or IAnonymousFunctionOperation:
                    return null;
            }
        }

        return null;
    }

    /// <summary><c>stack 'Storage' (StorageStack)</c>, or <c>stack StorageStack</c> for an id not constant.</summary>
    public static string Describe(IObjectCreationOperation creation, CdkSymbols cdk)
    {
        string kind = CdkSymbols.DerivesFrom(creation.Type, cdk.Stack) ? "stack" : "stage";
        string type = creation.Type?.Name ?? kind;
        string? id = Argument(creation, 1)?.ConstantValue.Value as string;
        return id is null ? $"{kind} {type}" : $"{kind} '{id}' ({type})";
    }

    /// <summary>The value passed for the constructor parameter at <paramref name="ordinal"/>.</summary>
    public static IOperation? Argument(IObjectCreationOperation creation, int ordinal)
    {
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
