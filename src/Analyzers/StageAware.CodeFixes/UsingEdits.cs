using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StageAware.CodeFixes;

/// <summary>Adds <c>using StageAware;</c> where the fixed code needs it.</summary>
internal static class UsingEdits
{
    public const string Namespace = "StageAware";

    public static CompilationUnitSyntax AddStageAware(CompilationUnitSyntax unit)
    {
        if (unit.Usings.Any(IsStageAware) || InStageAwareNamespace(unit)
            || unit.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Usings.Any(IsStageAware)))
        {
            return unit;
        }

        UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.IdentifierName(Namespace))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(EndOfLine(unit)));
        if (unit.Usings.Count == 0)
        {
            // The file's header comment stays first; a blank line parts the using from the code.
            SyntaxTriviaList header = unit.GetLeadingTrivia();
            CompilationUnitSyntax bare = unit.WithoutLeadingTrivia();
            return bare.WithUsings(SyntaxFactory.SingletonList(directive
                .WithLeadingTrivia(header)
                .WithTrailingTrivia(
                    SyntaxFactory.EndOfLine(EndOfLine(unit)), SyntaxFactory.EndOfLine(EndOfLine(unit)))));
        }

        // Sorted in among the plain usings, as most files keep them.
        int index = -1;
        int lastPlain = -1;
        for (int i = 0; i < unit.Usings.Count && index < 0; i++)
        {
            UsingDirectiveSyntax existing = unit.Usings[i];
            if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None)
                || !existing.GlobalKeyword.IsKind(SyntaxKind.None))
            {
                continue;
            }

            lastPlain = i;
            if (string.Compare(existing.Name?.ToString(), Namespace, StringComparison.OrdinalIgnoreCase) > 0)
            {
                index = i;
            }
        }

        index = index >= 0 ? index : lastPlain + 1;
        if (index == 0)
        {
            // Taking the first place, the using takes the file's header comment too.
            UsingDirectiveSyntax first = unit.Usings[0];
            directive = directive.WithLeadingTrivia(first.GetLeadingTrivia());
            unit = unit.ReplaceNode(first, first.WithoutLeadingTrivia());
        }

        return unit.WithUsings(unit.Usings.Insert(index, directive));
    }

    private static bool IsStageAware(UsingDirectiveSyntax directive) =>
        directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None)
        && directive.Name?.ToString() == Namespace;

    private static bool InStageAwareNamespace(CompilationUnitSyntax unit) =>
        unit.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(n =>
            n.Name.ToString() == Namespace || n.Name.ToString().StartsWith(Namespace + ".", StringComparison.Ordinal));

    private static string EndOfLine(SyntaxNode node) =>
        node.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString()
            is { Length: > 0 } eol
            ? eol
            : "\n";
}
