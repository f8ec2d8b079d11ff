using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StageAware.Analyzers;

namespace StageAware.CodeFixes;

/// <summary>
/// A top-level stack created the stage-aware way. With the generated wiring,
/// <c>new StorageStack(app, "Storage", new StackProps { Env = env, Description = "x" })</c> becomes
/// <c>app.AddStorageStack(new StackProps { Description = "x" }, id: "Storage")</c>; without it the id becomes
/// <c>StageAwareApp.Of(app).StackName("Storage")</c>. Either way the props lose their Env and StackName: the stage
/// sets both.
/// </summary>
internal sealed class StackRewrite
{
    private const string WiringType = "StageAware.StageAwareWiring";
    private static readonly HashSet<string> StageSetMembers = new() { "Env", "StackName" };

    private readonly string receiver;
    private readonly string? wiringMethod;
    private readonly bool keepId;
    private readonly int propsIndex;
    private readonly bool dropProps;

    private StackRewrite(
        string receiver,
        string? wiringMethod,
        bool keepId,
        int propsIndex,
        bool dropProps,
        VariableDeclarationSyntax? app)
    {
        this.receiver = receiver;
        this.wiringMethod = wiringMethod;
        this.keepId = keepId;
        this.propsIndex = propsIndex;
        this.dropProps = dropProps;
        App = app;
    }

    /// <summary>The <c>new App()</c> declaration that becomes a StageAwareApp for this stack, if any.</summary>
    public VariableDeclarationSyntax? App { get; }

    public static StackRewrite? Create(
        SemanticModel model,
        INamedTypeSymbol stageAwareApp,
        ObjectCreationExpressionSyntax stack,
        CancellationToken cancellationToken)
    {
        if (stack.ArgumentList is not { Arguments.Count: >= 2 } list
            || list.Arguments.Take(2).Any(a => a.NameColon is not null || !a.RefKindKeyword.IsKind(SyntaxKind.None))
            || model.GetTypeInfo(stack, cancellationToken).Type is not INamedTypeSymbol stackType)
        {
            return null;
        }

        ExpressionSyntax scope = list.Arguments[0].Expression;
        ExpressionSyntax id = list.Arguments[1].Expression;
        string scopeText = scope.WithoutTrivia().ToString();

        // The receiver: the app itself when it is (or becomes) a StageAwareApp, else the one at the root of scope.
        VariableDeclarationSyntax? app = null;
        bool stageAware = CdkTypes.DerivesFrom(model.GetTypeInfo(scope, cancellationToken).Type, stageAwareApp);
        if (!stageAware)
        {
            app = AppRewrite.Find(
                model, scope, model.Compilation.GetTypeByMetadataName("Amazon.CDK.App"), cancellationToken);
            stageAware = app is not null;
        }

        bool simple = scope is IdentifierNameSyntax or ThisExpressionSyntax or MemberAccessExpressionSyntax;
        string receiver = stageAware && simple
            ? scopeText
            : $"StageAwareApp.Of({scopeText})";

        INamedTypeSymbol? stackProps = model.Compilation.GetTypeByMetadataName("Amazon.CDK.StackProps");
        int propsIndex = -1;
        for (int i = 2; i < list.Arguments.Count; i++)
        {
            if (list.Arguments[i].Expression is BaseObjectCreationExpressionSyntax { Initializer: not null } props
                && CdkTypes.DerivesFrom(model.GetTypeInfo(props, cancellationToken).Type, stackProps))
            {
                propsIndex = i;
            }
        }

        IMethodSymbol? wiring = BindWiring(model, stack, stackType, scopeText, list, cancellationToken);
        if (wiring is null)
        {
            return new StackRewrite(receiver, null, keepId: true, propsIndex, dropProps: false, app);
        }

        string? defaultId = DefaultId(wiring, cancellationToken);
        object? idValue = model.GetConstantValue(id, cancellationToken).Value;
        bool keepId = defaultId is null || !Equals(idValue, defaultId);

        // An optional props argument left empty, in the last place, is not passed at all.
        bool dropProps = propsIndex == list.Arguments.Count - 1
            && list.Arguments.Skip(2).All(a => a.NameColon is null)
            && list.Arguments[propsIndex].Expression is BaseObjectCreationExpressionSyntax emptied
            && emptied.ArgumentList is null or { Arguments.Count: 0 }
            && InitializerEdits.RemovesAll(emptied, StageSetMembers.Contains)
            && wiring.Parameters.Length > propsIndex - 1
            && wiring.Parameters[propsIndex - 1].IsOptional;
        return new StackRewrite(receiver, wiring.Name, keepId, propsIndex, dropProps, app);
    }

    public ExpressionSyntax Apply(ObjectCreationExpressionSyntax current)
    {
        ArgumentListSyntax list = current.ArgumentList!;
        if (propsIndex >= 0 && propsIndex < list.Arguments.Count
            && list.Arguments[propsIndex].Expression is BaseObjectCreationExpressionSyntax props)
        {
            ArgumentSyntax argument = list.Arguments[propsIndex];
            list = list.ReplaceNode(
                argument,
                argument.WithExpression(InitializerEdits.RemoveMembers(props, StageSetMembers.Contains)));
        }

        return wiringMethod is null ? WithStageStackName(current.WithArgumentList(list)) : WithWiring(current, list);
    }

    private ExpressionSyntax WithStageStackName(ObjectCreationExpressionSyntax current)
    {
        ArgumentSyntax id = current.ArgumentList!.Arguments[1];
        ExpressionSyntax name = SyntaxFactory.ParseExpression($"{receiver}.StackName({id.Expression.WithoutTrivia()})")
            .WithTriviaFrom(id.Expression);
        return current.ReplaceNode(id, id.WithExpression(name));
    }

    private ExpressionSyntax WithWiring(ObjectCreationExpressionSyntax current, ArgumentListSyntax list)
    {
        // The arguments after scope and id, with their separators, so that their layout stays.
        SyntaxNodeOrTokenList all = list.Arguments.GetWithSeparators();
        ArgumentSyntax idArgument = list.Arguments[1];
        SyntaxToken idSeparator = list.Arguments.GetSeparator(1 < list.Arguments.SeparatorCount ? 1 : 0);
        var kept = new List<SyntaxNodeOrToken>(all.Skip(4));
        if (dropProps && kept.Count > 0)
        {
            kept.RemoveAt(kept.Count - 1);
            if (kept.Count > 0)
            {
                kept.RemoveAt(kept.Count - 1);
            }
        }

        if (keepId)
        {
            ArgumentSyntax named = SyntaxFactory.Argument(
                    SyntaxFactory.NameColon(SyntaxFactory.IdentifierName("id")).WithTrailingTrivia(SyntaxFactory.Space),
                    default,
                    idArgument.Expression.WithoutTrivia())
                .WithLeadingTrivia(idArgument.GetLeadingTrivia())
                .WithTrailingTrivia(idArgument.GetTrailingTrivia());
            if (kept.Count > 0)
            {
                kept.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(idSeparator.TrailingTrivia));
            }

            kept.Add(named);
        }

        ArgumentListSyntax arguments = kept.Count == 0
            ? SyntaxFactory.ArgumentList().WithCloseParenToken(
                SyntaxFactory.Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(list.CloseParenToken.TrailingTrivia))
            : list.WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(kept));
        ExpressionSyntax target = SyntaxFactory.ParseExpression($"{receiver}.{wiringMethod}");
        return SyntaxFactory.InvocationExpression(target, arguments).WithTriviaFrom(current);
    }

    // The wiring method the generator made for this stack class that takes these arguments, if any.
    private static IMethodSymbol? BindWiring(
        SemanticModel model,
        ObjectCreationExpressionSyntax stack,
        INamedTypeSymbol stackType,
        string scopeText,
        ArgumentListSyntax list,
        CancellationToken cancellationToken)
    {
        string method = "Add" + stackType.Name;
        if (model.Compilation.GetTypeByMetadataName(WiringType) is not { } wiring || wiring.GetMembers(method).IsEmpty)
        {
            return null;
        }

        IEnumerable<string> forwarded = list.Arguments.Skip(2).Select(a => a.WithoutTrivia().ToString());
        string call = $"global::{WiringType}.{method}(global::StageAware.StageAwareApp.Of({scopeText}), " +
            string.Join(", ", forwarded.Concat(new[] { "id: " + list.Arguments[1].Expression.WithoutTrivia() })) + ")";
        SymbolInfo bound = model.GetSpeculativeSymbolInfo(
            stack.SpanStart, SyntaxFactory.ParseExpression(call), SpeculativeBindingOption.BindAsExpression);
        return bound.Symbol is IMethodSymbol wired
            && SymbolEqualityComparer.Default.Equals(wired.ReturnType, stackType)
            ? wired
            : null;
    }

    // The id the wiring uses when none is given: the literal after `??` in its body.
    private static string? DefaultId(IMethodSymbol wiring, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in wiring.DeclaringSyntaxReferences)
        {
            BinaryExpressionSyntax? fallback = reference.GetSyntax(cancellationToken)
                .DescendantNodes()
                .OfType<BinaryExpressionSyntax>()
                .FirstOrDefault(b => b.IsKind(SyntaxKind.CoalesceExpression)
                    && b.Right.IsKind(SyntaxKind.StringLiteralExpression));
            if (fallback is not null)
            {
                return ((LiteralExpressionSyntax)fallback.Right).Token.ValueText;
            }
        }

        return null;
    }
}

internal static class CdkTypes
{
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (ITypeSymbol? current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
