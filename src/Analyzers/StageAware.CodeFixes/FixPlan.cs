using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;
using StageAware.Analyzers;

namespace StageAware.CodeFixes;

/// <summary>
/// Every edit that the diagnostics of one document ask for, merged: each site is edited once, whatever number of
/// diagnostics point at it, and an edit inside a node that goes anyway is dropped. Edits apply innermost first, each
/// on the node as the edits before it left it.
/// </summary>
internal sealed class FixPlan
{
    private readonly SemanticModel model;
    private readonly INamedTypeSymbol? stageAwareApp;
    private readonly HashSet<SyntaxNode> statements = new();
    private readonly HashSet<SyntaxNode> removedMembers = new();
    private readonly Dictionary<BaseObjectCreationExpressionSyntax, HashSet<string>> members = new();
    private readonly Dictionary<ObjectCreationExpressionSyntax, StackRewrite> stacks = new();
    private readonly HashSet<VariableDeclarationSyntax> apps = new();

    private FixPlan(SemanticModel model)
    {
        this.model = model;
        stageAwareApp = model.Compilation.GetTypeByMetadataName("StageAware.StageAwareApp");
    }

    private bool IsEmpty => statements.Count == 0 && members.Count == 0 && stacks.Count == 0;

    /// <summary>True when the fix can rewrite the site of <paramref name="diagnostic"/>.</summary>
    public static bool CanFix(SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        !Create(model, new[] { diagnostic }, cancellationToken).IsEmpty;

    public static FixPlan Create(
        SemanticModel model, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var plan = new FixPlan(model);

        // Without the runtime there is no StageAwareApp to inherit the stage's environment from.
        if (plan.stageAwareApp is null)
        {
            return plan;
        }

        SyntaxNode root = model.SyntaxTree.GetRoot(cancellationToken);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Location.SourceTree != model.SyntaxTree
                || !diagnostic.Properties.TryGetValue(SiteKinds.Key, out string? site) || site is null
                || !TryGetSpan(diagnostic, root, out TextSpan span))
            {
                continue;
            }

            SyntaxNode node = root.FindNode(span, getInnermostNodeForTie: true);
            plan.Add(site, node, cancellationToken);
        }

        return plan;
    }

    private static bool TryGetSpan(Diagnostic diagnostic, SyntaxNode root, out TextSpan span)
    {
        span = default;
        if (!diagnostic.Properties.TryGetValue(SiteKinds.StartKey, out string? startText)
            || !diagnostic.Properties.TryGetValue(SiteKinds.LengthKey, out string? lengthText)
            || !int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out int start)
            || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out int length)
            || start + length > root.FullSpan.End)
        {
            return false;
        }

        span = new TextSpan(start, length);
        return true;
    }

    public async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
    {
        if (IsEmpty)
        {
            return document;
        }

        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var edits = new List<(SyntaxNode Node, System.Action Apply)>();
        foreach (SyntaxNode node in statements)
        {
            edits.Add((node, () => editor.RemoveNode(node, SyntaxRemoveOptions.KeepNoTrivia)));
        }

        // Members of one initializer go in one edit, so that an initializer left empty goes as well.
        foreach (KeyValuePair<BaseObjectCreationExpressionSyntax, HashSet<string>> creation in members)
        {
            HashSet<string> names = creation.Value;
            edits.Add((creation.Key, () => editor.ReplaceNode(
                creation.Key,
                (current, _) => InitializerEdits.RemoveMembers(
                    (BaseObjectCreationExpressionSyntax)current, names.Contains))));
        }

        foreach (KeyValuePair<ObjectCreationExpressionSyntax, StackRewrite> stack in stacks)
        {
            StackRewrite rewrite = stack.Value;
            edits.Add((stack.Key, () => editor.ReplaceNode(
                stack.Key, (current, _) => rewrite.Apply((ObjectCreationExpressionSyntax)current))));
        }

        foreach (VariableDeclarationSyntax app in apps)
        {
            edits.Add((app, () => editor.ReplaceNode(
                app, (current, _) => AppRewrite.Apply((VariableDeclarationSyntax)current))));
        }

        foreach ((SyntaxNode node, System.Action apply) in edits.OrderBy(e => e.Node.Span.Length))
        {
            // A node inside one that is removed goes with it.
            if (!node.Ancestors().Any(a => statements.Contains(a) || removedMembers.Contains(a)))
            {
                apply();
            }
        }

        SyntaxNode fixedRoot = editor.GetChangedRoot();
        if (stacks.Count > 0 && fixedRoot is CompilationUnitSyntax unit)
        {
            fixedRoot = UsingEdits.AddStageAware(unit);
        }

        return document.WithSyntaxRoot(fixedRoot);
    }

    private void Add(string site, SyntaxNode node, CancellationToken cancellationToken)
    {
        switch (site)
        {
            case SiteKinds.EnvironmentMember when node is AssignmentExpressionSyntax member
                && member.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation }
                && InitializerEdits.MemberName(member) is { } name:
                AddEnvironmentMember(creation, name);
                break;
            case SiteKinds.EnvironmentStatement or SiteKinds.StackNameStatement when node is ExpressionStatementSyntax:
                statements.Add(node);
                break;
            case SiteKinds.StackNameMember when node is AssignmentExpressionSyntax member:
                RemoveMember(member);
                break;
            case SiteKinds.EnvironmentCall
                when node is InvocationExpressionSyntax call && EnvAssignment(call) is { } env:
                Remove(env);
                break;
            case SiteKinds.StackId when node is ObjectCreationExpressionSyntax stack && !stacks.ContainsKey(stack):
                StackRewrite? rewrite = StackRewrite.Create(model, stageAwareApp!, stack, cancellationToken);
                if (rewrite is not null)
                {
                    stacks.Add(stack, rewrite);
                    if (rewrite.App is not null)
                    {
                        apps.Add(rewrite.App);
                    }
                }

                break;
        }
    }

    // Two members of one Environment are removed in one edit; an Environment left empty goes with its `Env = `.
    private void AddEnvironmentMember(BaseObjectCreationExpressionSyntax creation, string name)
    {
        HashSet<string> names = MembersOf(creation);
        names.Add(name);
        if (InitializerEdits.RemovesAll(creation, names.Contains) && EnvAssignment(creation) is { } env)
        {
            members.Remove(creation);
            Remove(env);
        }
    }

    private void Remove(SyntaxNode memberOrStatement)
    {
        if (memberOrStatement is AssignmentExpressionSyntax member)
        {
            RemoveMember(member);
        }
        else
        {
            statements.Add(memberOrStatement);
        }
    }

    private void RemoveMember(AssignmentExpressionSyntax member)
    {
        if (member.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation }
            && InitializerEdits.MemberName(member) is { } name)
        {
            MembersOf(creation).Add(name);
            removedMembers.Add(member);
        }
    }

    private HashSet<string> MembersOf(BaseObjectCreationExpressionSyntax creation)
    {
        if (!members.TryGetValue(creation, out HashSet<string>? names))
        {
            names = new HashSet<string>();
            members.Add(creation, names);
        }

        return names;
    }

    // The `Env = value` member or `x.Env = value;` statement whose value is `value`, which the fix removes whole.
    private static SyntaxNode? EnvAssignment(ExpressionSyntax value)
    {
        SyntaxNode current = value;
        while (current.Parent is ParenthesizedExpressionSyntax)
        {
            current = current.Parent;
        }

        if (current.Parent is not AssignmentExpressionSyntax assignment || assignment.Right != current)
        {
            return null;
        }

        string? name = assignment.Left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (name != "Env")
        {
            return null;
        }

        return assignment.Parent switch
        {
            InitializerExpressionSyntax => assignment,
            ExpressionStatementSyntax statement => statement,
            _ => null,
        };
    }
}
