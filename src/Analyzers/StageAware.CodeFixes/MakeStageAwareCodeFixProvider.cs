using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using StageAware.Analyzers;

namespace StageAware.CodeFixes;

/// <summary>
/// Make stage-aware: the stage decides the environment and the name. A stack created in the app goes through the
/// generated wiring (<c>app.AddStorageStack(...)</c>) or gets <c>StageAwareApp.StackName(id)</c> as its id; a
/// hard-coded account, region or stack name is removed, so that the stack inherits the stage's environment from
/// the <c>StageAwareApp</c>; a <c>new App()</c> that the stacks need as a StageAwareApp becomes one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeStageAwareCodeFixProvider))]
[Shared]
public sealed class MakeStageAwareCodeFixProvider : CodeFixProvider
{
    /// <summary>The title of the fix.</summary>
    public const string Title = "Make stage-aware";

    /// <summary>The equivalence key of the fix, shared by every rule so that Fix All fixes them together.</summary>
    public const string EquivalenceKey = "StageAware.MakeStageAware";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.ConstantAccount, DiagnosticIds.ConstantRegion, DiagnosticIds.ConstantStackName);

    // Fixes of one document overlap (a stack's rewrite holds the Env it removes, two diagnostics share one
    // initializer), which batch merging would drop: every document is fixed in one pass over all its diagnostics.
    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        (context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken)
            .ConfigureAwait(false);
        if (model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (FixPlan.CanFix(model, diagnostic, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        token => FixAsync(context.Document, ImmutableArray.Create(diagnostic), token).AsNonNull(),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAsync(
        Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || diagnostics.IsEmpty)
        {
            return document;
        }

        FixPlan plan = FixPlan.Create(model, diagnostics.OrderBy(d => d.Location.SourceSpan.Start), cancellationToken);
        return await plan.ApplyAsync(document, cancellationToken).ConfigureAwait(false);
    }
}

internal static class TaskExtensions
{
    public static async Task<Document> AsNonNull(this Task<Document?> task) =>
        await task.ConfigureAwait(false) ?? throw new System.InvalidOperationException("The fix made no document.");
}
