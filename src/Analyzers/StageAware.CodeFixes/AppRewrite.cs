using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StageAware.CodeFixes;

/// <summary>
/// <c>var app = new App();</c> becomes <c>var app = new StageAwareApp();</c>: the app the stacks are created in
/// decides their stage, region and account. The app's props are kept.
/// </summary>
internal static class AppRewrite
{
    private const string TypeName = "StageAwareApp";

    /// <summary>
    /// The declaration of the local <paramref name="scope"/> names, when it is initialized in this document with a
    /// plain CDK <c>new App(...)</c>.
    /// </summary>
    public static VariableDeclarationSyntax? Find(
        SemanticModel model, ExpressionSyntax scope, INamedTypeSymbol? app, CancellationToken cancellationToken)
    {
        if (scope is not IdentifierNameSyntax
            || model.GetSymbolInfo(scope, cancellationToken).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        SyntaxNode declarator = local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (declarator.SyntaxTree != model.SyntaxTree
            || declarator is not VariableDeclaratorSyntax
            {
                Initializer.Value: BaseObjectCreationExpressionSyntax creation,
            }
            || declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1 } declaration
            || !SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(creation, cancellationToken).Type, app))
        {
            return null;
        }

        // Another write to the local could put a plain App back.
        SyntaxNode? body = declaration.Ancestors().FirstOrDefault(a => a is BlockSyntax or CompilationUnitSyntax);
        bool writtenAgain = body is not null && body.DescendantNodes()
            .OfType<AssignmentExpressionSyntax>()
            .Any(a => a.Left is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local));
        return writtenAgain ? null : declaration;
    }

    public static VariableDeclarationSyntax Apply(VariableDeclarationSyntax declaration)
    {
        VariableDeclaratorSyntax declarator = declaration.Variables[0];
        if (declarator.Initializer?.Value is ObjectCreationExpressionSyntax creation)
        {
            ObjectCreationExpressionSyntax stageAware = creation.WithType(
                SyntaxFactory.IdentifierName(TypeName).WithTriviaFrom(creation.Type));
            declaration = declaration.ReplaceNode(creation, stageAware);
        }

        return declaration.Type.IsVar
            ? declaration
            : declaration.WithType(SyntaxFactory.IdentifierName(TypeName).WithTriviaFrom(declaration.Type));
    }
}
