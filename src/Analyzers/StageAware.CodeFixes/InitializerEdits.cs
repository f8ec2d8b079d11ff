using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StageAware.CodeFixes;

/// <summary>Syntax edits on object initializers that keep the layout of the members left.</summary>
internal static class InitializerEdits
{
    /// <summary>The name a member of an object initializer sets: <c>Env</c> for <c>Env = ...</c>.</summary>
    public static string? MemberName(ExpressionSyntax member) =>
        member is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } ? name.Identifier.ValueText : null;

    /// <summary>
    /// <paramref name="creation"/> without the initializer members <paramref name="remove"/> accepts; an
    /// initializer left empty goes, so <c>new Environment { Account = "1" }</c> becomes <c>new Environment()</c>.
    /// </summary>
    public static BaseObjectCreationExpressionSyntax RemoveMembers(
        BaseObjectCreationExpressionSyntax creation, Func<string, bool> remove)
    {
        if (creation.Initializer is not { } initializer)
        {
            return creation;
        }

        ExpressionSyntax[] removed = initializer.Expressions
            .Where(e => MemberName(e) is { } name && remove(name))
            .ToArray();
        if (removed.Length == 0)
        {
            return creation;
        }

        if (removed.Length == initializer.Expressions.Count)
        {
            return WithoutInitializer(creation);
        }

        InitializerExpressionSyntax smaller = initializer.RemoveNodes(removed, SyntaxRemoveOptions.KeepNoTrivia)!;

        // The last member gone without a trailing comma, the one now last loses its comma, and keeps what followed
        // the comma (a comment, the line break) before the `}`.
        SeparatedSyntaxList<ExpressionSyntax> members = initializer.Expressions;
        ExpressionSyntax last = members[members.Count - 1];
        if (removed.Contains(last) && members.SeparatorCount < members.Count)
        {
            int kept = members.IndexOf(members.Last(m => !removed.Contains(m)));
            SyntaxTriviaList trailing =
                members[kept].GetTrailingTrivia().AddRange(members.GetSeparator(kept).TrailingTrivia);
            ExpressionSyntax newLast = smaller.Expressions[smaller.Expressions.Count - 1];
            smaller = smaller.ReplaceNode(newLast, newLast.WithTrailingTrivia(trailing));
        }

        return creation.WithInitializer(smaller);
    }

    /// <summary>True when every member of the initializer is one that <paramref name="remove"/> accepts.</summary>
    public static bool RemovesAll(BaseObjectCreationExpressionSyntax creation, Func<string, bool> remove) =>
        creation.Initializer is { } initializer
        && initializer.Expressions.All(e => MemberName(e) is { } name && remove(name));

    private static BaseObjectCreationExpressionSyntax WithoutInitializer(BaseObjectCreationExpressionSyntax creation)
    {
        // The line break or space before the `{` goes with the braces; `()` stands where they were.
        SyntaxTriviaList trailing = creation.Initializer!.CloseBraceToken.TrailingTrivia;
        BaseObjectCreationExpressionSyntax bare = creation.WithInitializer(null);
        if (bare.ArgumentList is null && bare is ObjectCreationExpressionSyntax explicitCreation)
        {
            bare = explicitCreation
                .WithType(explicitCreation.Type.WithoutTrailingTrivia())
                .WithArgumentList(SyntaxFactory.ArgumentList());
        }
        else if (bare.ArgumentList is { } arguments)
        {
            bare = bare.WithArgumentList(arguments.WithCloseParenToken(
                arguments.CloseParenToken.WithTrailingTrivia()));
        }

        return bare.WithTrailingTrivia(trailing);
    }
}
