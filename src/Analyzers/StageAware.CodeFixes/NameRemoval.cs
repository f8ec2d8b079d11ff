using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using StageAware.Analyzers;

namespace StageAware.CodeFixes;

/// <summary>
/// Takes physical names out of the code: <c>BucketName = "uploads",</c> leaves its initializer (an initializer left
/// empty goes, <c>new BucketProps()</c>), <c>props.BucketName = "uploads";</c> goes as a statement. Members of one
/// initializer go in one edit, innermost initializers first, and nothing is edited inside what goes anyway.
/// </summary>
internal sealed class NameRemoval
{
    private readonly Dictionary<BaseObjectCreationExpressionSyntax, HashSet<AssignmentExpressionSyntax>> members =
        new();
    // Expression statements, and the global statements of top-level programs that hold one.
    private readonly HashSet<SyntaxNode> statements = new();

    /// <summary>
    /// The member or statement that sets <paramref name="property"/> to the value holding <paramref name="name"/>,
    /// of the kind <paramref name="removal"/> (<see cref="NameSites.Member"/>, <see cref="NameSites.Statement"/>).
    /// </summary>
    public static SyntaxNode? Site(SyntaxNode name, string? property, string? removal)
    {
        for (SyntaxNode current = name; current is ExpressionSyntax; current = current.Parent!)
        {
            if (current.Parent is AssignmentExpressionSyntax assignment && assignment.Right == current)
            {
                string? set = assignment.Left switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    _ => null,
                };
                // Not where a directive (#if, #region) is in the way: removing the name could take it along.
                return set != property ? null : (assignment.Parent, removal) switch
                {
                    (InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax } initializer,
                        NameSites.Member)
                        when assignment.Left is IdentifierNameSyntax && !initializer.ContainsDirectives => assignment,
                    (ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax } statement,
                        NameSites.Statement) when !statement.ContainsDirectives => statement,
                    (ExpressionStatementSyntax { Parent: GlobalStatementSyntax global }, NameSites.Statement)
                        when !global.ContainsDirectives => global,
                    _ => null,
                };
            }
        }

        return null;
    }

    public void Add(SyntaxNode site)
    {
        if (site is ExpressionStatementSyntax or GlobalStatementSyntax)
        {
            statements.Add(site);
        }
        else if (site is AssignmentExpressionSyntax
            {
                Parent.Parent: BaseObjectCreationExpressionSyntax creation,
            } member)
        {
            if (!members.TryGetValue(creation, out HashSet<AssignmentExpressionSyntax>? set))
            {
                set = new HashSet<AssignmentExpressionSyntax>();
                members.Add(creation, set);
            }

            set.Add(member);
        }
    }

    public void Apply(DocumentEditor editor)
    {
        var removed = new HashSet<SyntaxNode>(statements.Concat(members.Values.SelectMany(m => m)));
        var edits = new List<(SyntaxNode Node, System.Action Apply)>();
        foreach (SyntaxNode statement in statements)
        {
            edits.Add((statement, () => editor.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia)));
        }

        foreach (BaseObjectCreationExpressionSyntax creation in members.Keys)
        {
            HashSet<string> names = new(members[creation].Select(m => InitializerEdits.MemberName(m)!));
            edits.Add((creation, () => editor.ReplaceNode(
                creation,
                (current, _) => InitializerEdits.RemoveMembers(
                    (BaseObjectCreationExpressionSyntax)current, names.Contains))));
        }

        foreach ((SyntaxNode node, System.Action apply) in edits.OrderBy(e => e.Node.Span.Length))
        {
            if (!node.Ancestors().Any(removed.Contains))
            {
                apply();
            }
        }
    }
}
