using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StageAware.CodeFixes;

/// <summary>
/// The construct scope at hand where a name is written, for <c>StageAwareApp.Of(scope)</c>: the scope argument of the
/// construct being created or called (<c>new Bucket(this, ...)</c>, <c>Make(stack, ...)</c>), the construct a method
/// is called on (<c>stack.ExportValue(...)</c>), or <c>this</c> in the instance code of a construct class.
/// </summary>
internal static class ConstructScope
{
    public static ExpressionSyntax? Find(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        INamedTypeSymbol? construct = model.Compilation.GetTypeByMetadataName("Constructs.IConstruct")
            ?? model.Compilation.GetTypeByMetadataName("Amazon.CDK.IConstruct");
        if (construct is null)
        {
            return null;
        }

        foreach (SyntaxNode ancestor in node.Ancestors())
        {
            if (ancestor is StatementSyntax or MemberDeclarationSyntax)
            {
                break;
            }

            ExpressionSyntax? scope = ancestor switch
            {
                BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments } => FromArguments(arguments),
                InvocationExpressionSyntax invocation => FromArguments(invocation.ArgumentList)
                    ?? (invocation.Expression is MemberAccessExpressionSyntax access && IsScope(access.Expression)
                        ? access.Expression
                        : null),
                _ => null,
            };
            if (scope is not null && !scope.Span.Contains(node.Span))
            {
                return scope.WithoutTrivia();
            }
        }

        return IsThisAConstruct(model, node, construct, cancellationToken) ? SyntaxFactory.ThisExpression() : null;

        ExpressionSyntax? FromArguments(ArgumentListSyntax arguments) =>
            arguments.Arguments.Select(a => a.Expression).FirstOrDefault(IsScope);

        bool IsScope(ExpressionSyntax e) =>
            IsSimple(e) && IsConstruct(model.GetTypeInfo(e, cancellationToken).Type, construct);
    }

    // A scope that can be written twice without a second evaluation doing anything: `this`, `scope`, `this.Stack`.
    private static bool IsSimple(ExpressionSyntax expression) => expression switch
    {
        ThisExpressionSyntax or IdentifierNameSyntax => true,
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access =>
            IsSimple(access.Expression),
        _ => false,
    };

    private static bool IsConstruct(ITypeSymbol? type, INamedTypeSymbol construct) =>
        type is not null
        && (SymbolEqualityComparer.Default.Equals(type, construct)
            || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, construct)));

    // `this` is a construct in the body of an instance member of a construct class, outside constructor initializers
    // and static lambdas or local functions.
    private static bool IsThisAConstruct(
        SemanticModel model, SyntaxNode node, INamedTypeSymbol construct, CancellationToken cancellationToken)
    {
        if (node.Ancestors().Any(a => a is ConstructorInitializerSyntax))
        {
            return false;
        }

        ISymbol? symbol = model.GetEnclosingSymbol(node.SpanStart, cancellationToken);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } inner)
        {
            if (inner.IsStatic)
            {
                return false;
            }

            symbol = inner.ContainingSymbol;
        }

        return symbol is IMethodSymbol { IsStatic: false } && IsConstruct(symbol.ContainingType, construct);
    }
}
