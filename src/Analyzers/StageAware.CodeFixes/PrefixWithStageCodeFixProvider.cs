using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using StageAware.Analyzers;

namespace StageAware.CodeFixes;

/// <summary>
/// Prefix with the stage: a constant physical name becomes
/// <c>StageAwareApp.Of(scope).PhysicalName("uploads", ResourceKind.S3Bucket)</c> and a constant export name
/// <c>StageAwareApp.Of(scope).ExportName("TableName")</c>, the constant's own expression kept as the name. Offered
/// where a construct scope is at hand and the project references the runtime.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PrefixWithStageCodeFixProvider))]
[Shared]
public sealed class PrefixWithStageCodeFixProvider : DocumentCodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "StageAware.PrefixWithStage";

    private const string AppType = "StageAware.StageAwareApp";
    private const string KindType = "StageAware.ResourceKind";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.ConstantPhysicalName, DiagnosticIds.ConstantExportName);

    /// <inheritdoc/>
    protected override string Title => "Prefix with the stage";

    /// <inheritdoc/>
    protected override string Key => EquivalenceKey;

    /// <inheritdoc/>
    protected override bool CanFix(SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        model.Compilation.GetTypeByMetadataName(AppType) is not null
        && Name(model, diagnostic, cancellationToken) is { } name
        && ConstructScope.Find(model, name, cancellationToken) is not null;

    /// <inheritdoc/>
    protected override async Task<Document> FixAsync(
        Document document,
        SemanticModel model,
        ImmutableArray<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        INamedTypeSymbol app = model.Compilation.GetTypeByMetadataName(AppType)!;
        INamedTypeSymbol? kinds = model.Compilation.GetTypeByMetadataName(KindType);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            ExpressionSyntax name = Name(model, diagnostic, cancellationToken)!;
            ExpressionSyntax scope = ConstructScope.Find(model, name, cancellationToken)!;
            string? kind = diagnostic.Id == DiagnosticIds.ConstantPhysicalName
                ? Kind(model, name.SpanStart, kinds, diagnostic.Properties.TryGetValue(NameSites.KindKey, out string? k)
                    ? k
                    : null)
                : null;
            string receiver = $"{TypeNames.At(model, name.SpanStart, app, usingAdded: true)}.Of({scope})";
            string method = diagnostic.Id == DiagnosticIds.ConstantPhysicalName ? "PhysicalName" : "ExportName";
            editor.ReplaceNode(name, (current, _) => Prefixed((ExpressionSyntax)current, receiver, method, kind));
        }

        SyntaxNode root = editor.GetChangedRoot();
        if (root is CompilationUnitSyntax unit)
        {
            root = UsingEdits.AddStageAware(unit);
        }

        return document.WithSyntaxRoot(root);
    }

    private static ExpressionSyntax? Name(SemanticModel model, Diagnostic diagnostic, CancellationToken token) =>
        ReportedNode(model, diagnostic, token) is ExpressionSyntax name
            && model.GetTypeInfo(name, token).Type?.SpecialType == SpecialType.System_String
            ? name
            : null;

    // `ResourceKind.S3Bucket`, or nothing when the runtime has no such kind (an .editorconfig entry the runtime does
    // not know): the name is then prefixed without being fitted.
    private static string? Kind(SemanticModel model, int position, INamedTypeSymbol? kinds, string? kind) =>
        kinds is not null && kind is not null && SyntaxFacts.IsValidIdentifier(kind)
        && kinds.GetMembers(kind).OfType<IFieldSymbol>().Any()
            ? $"{TypeNames.At(model, position, kinds, usingAdded: true)}.{kind}"
            : null;

    private static ExpressionSyntax Prefixed(ExpressionSyntax name, string receiver, string method, string? kind)
    {
        SeparatedSyntaxList<ArgumentSyntax> arguments = SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.Argument(name.WithoutTrivia()));
        if (kind is not null)
        {
            arguments = arguments.Add(SyntaxFactory.Argument(SyntaxFactory.ParseExpression(kind)));
        }

        return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.ParseExpression(receiver),
                    SyntaxFactory.IdentifierName(method)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments, Commas(arguments.Count))))
            .WithTriviaFrom(name);
    }

    private static SyntaxToken[] Commas(int count) => Enumerable.Range(0, count - 1)
        .Select(_ => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space))
        .ToArray();
}
