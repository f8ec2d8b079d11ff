using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using StageAware.Analyzers;

namespace StageAware.CodeFixes;

/// <summary>
/// Let CloudFormation name it: the constant physical name is taken out, so that CloudFormation generates a name of
/// its own for each stack, and so for each stage. Offered where the analyzer found the name set at the site on a
/// property the resource does not require (not through a helper, not through a local left unused).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LetCloudFormationNameItCodeFixProvider))]
[Shared]
public sealed class LetCloudFormationNameItCodeFixProvider : DocumentCodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "StageAware.LetCloudFormationNameIt";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.ConstantPhysicalName);

    /// <inheritdoc/>
    protected override string Title => "Let CloudFormation name it";

    /// <inheritdoc/>
    protected override string Key => EquivalenceKey;

    /// <inheritdoc/>
    protected override bool CanFix(SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Site(model, diagnostic, cancellationToken) is not null;

    /// <inheritdoc/>
    protected override async Task<Document> FixAsync(
        Document document,
        SemanticModel model,
        ImmutableArray<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var removal = new NameRemoval();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            removal.Add(Site(model, diagnostic, cancellationToken)!);
        }

        removal.Apply(editor);
        return editor.GetChangedDocument();
    }

    private static SyntaxNode? Site(SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        SyntaxNode name = ReportedNode(model, diagnostic, cancellationToken);
        diagnostic.Properties.TryGetValue(SiteKinds.PropertyKey, out string? property);
        diagnostic.Properties.TryGetValue(NameSites.RemovalKey, out string? kind);
        return NameRemoval.Site(name, property, kind);
    }
}
