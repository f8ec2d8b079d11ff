using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace StageAware.CodeFixes;

/// <summary>
/// A fix that rewrites a document for any number of its diagnostics in one pass: one diagnostic for a single fix,
/// all of them for Fix All (document, project, solution), so that edits of one document that touch one node (two
/// names in nested initializers, a using the fixes share) are made together rather than merged.
/// </summary>
public abstract class DocumentCodeFixProvider : CodeFixProvider
{
    /// <summary>The title of the fix.</summary>
    protected abstract string Title { get; }

    /// <summary>The equivalence key of the fix.</summary>
    protected abstract string Key { get; }

    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        (context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken)
            .ConfigureAwait(false);
        if (model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (CanFix(model, diagnostic, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        token => FixAsync(context.Document, ImmutableArray.Create(diagnostic), token).AsNonNull(),
                        Key),
                    diagnostic);
            }
        }
    }

    /// <summary>The innermost node at the location of <paramref name="diagnostic"/>: the constant it reports.</summary>
    protected static SyntaxNode ReportedNode(
        SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        model.SyntaxTree.GetRoot(cancellationToken)
            .FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

    /// <summary>True when the fix can rewrite the site of <paramref name="diagnostic"/>.</summary>
    protected abstract bool CanFix(SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>The document with the sites of <paramref name="diagnostics"/> (all fixable) rewritten.</summary>
    protected abstract Task<Document> FixAsync(
        Document document,
        SemanticModel model,
        ImmutableArray<Diagnostic> diagnostics,
        CancellationToken cancellationToken);

    private async Task<Document?> FixAsync(
        Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        ImmutableArray<Diagnostic> fixable = model is null
            ? ImmutableArray<Diagnostic>.Empty
            : diagnostics.Where(d => d.Location.SourceTree == model.SyntaxTree && CanFix(model, d, cancellationToken))
                .OrderBy(d => d.Location.SourceSpan.Start)
                .ToImmutableArray();
        return fixable.IsEmpty
            ? document
            : await FixAsync(document, model!, fixable, cancellationToken).ConfigureAwait(false);
    }
}
