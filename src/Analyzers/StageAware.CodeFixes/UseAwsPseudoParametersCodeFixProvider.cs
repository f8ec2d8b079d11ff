using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Text;
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
/// Use Aws.ACCOUNT_ID / Aws.REGION: <c>"arn:aws:sns:eu-west-1:123456789012:alerts"</c> becomes
/// <c>$"arn:aws:sns:{Aws.REGION}:{Aws.ACCOUNT_ID}:alerts"</c>, so that the ARN resolves in the account and region
/// each stage deploys to. Offered on a string literal; a constant or a local that carries the ARN is left to the
/// user, as its other readers may want it whole.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseAwsPseudoParametersCodeFixProvider))]
[Shared]
public sealed class UseAwsPseudoParametersCodeFixProvider : DocumentCodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "StageAware.UseAwsPseudoParameters";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.HardCodedArn);

    /// <inheritdoc/>
    protected override string Title => "Use Aws.ACCOUNT_ID / Aws.REGION";

    /// <inheritdoc/>
    protected override string Key => EquivalenceKey;

    /// <inheritdoc/>
    protected override bool CanFix(SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        model.Compilation.GetTypeByMetadataName("Amazon.CDK.Aws") is not null
        && Literal(model, diagnostic, cancellationToken) is not null;

    /// <inheritdoc/>
    protected override async Task<Document> FixAsync(
        Document document,
        SemanticModel model,
        ImmutableArray<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        INamedTypeSymbol aws = model.Compilation.GetTypeByMetadataName("Amazon.CDK.Aws")!;
        var done = new HashSet<SyntaxNode>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            (ExpressionSyntax literal, string value) = Literal(model, diagnostic, cancellationToken)!.Value;
            if (done.Add(literal))
            {
                string name = TypeNames.At(model, literal.SpanStart, aws, usingAdded: false);
                editor.ReplaceNode(literal, Interpolated(value, name).WithTriviaFrom(literal));
            }
        }

        return editor.GetChangedDocument();
    }

    // The string literal (or interpolated string without holes) at the diagnostic, with the value reported.
    private static (ExpressionSyntax Literal, string Value)? Literal(
        SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        SyntaxNode node = ReportedNode(model, diagnostic, cancellationToken);
        bool literal = node is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression }
            || node is InterpolatedStringExpressionSyntax interpolated
                && interpolated.Contents.All(c => c is InterpolatedStringTextSyntax);
        return literal
            && diagnostic.Properties.TryGetValue(SiteKinds.ValueKey, out string? value) && value is not null
            && Equals(model.GetConstantValue(node, cancellationToken).Value, value)
            && Arns.HardCodedFields(value).Count > 0
            ? ((ExpressionSyntax)node, value)
            : null;
    }

    private static ExpressionSyntax Interpolated(string value, string aws)
    {
        var text = new StringBuilder("$\"");
        int at = 0;
        foreach (ArnField field in Arns.HardCodedFields(value))
        {
            Escape(text, value.Substring(at, field.Start - at));
            text.Append('{').Append(aws).Append(field.IsAccount ? ".ACCOUNT_ID" : ".REGION").Append('}');
            at = field.Start + field.Length;
        }

        Escape(text, value.Substring(at));
        text.Append('"');
        return SyntaxFactory.ParseExpression(text.ToString());
    }

    private static void Escape(StringBuilder text, string part)
    {
        foreach (char c in part)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '"' => text.Append("\\\""),
                '{' => text.Append("{{"),
                '}' => text.Append("}}"),
                '\n' => text.Append(@"\n"),
                '\r' => text.Append(@"\r"),
                '\t' => text.Append(@"\t"),
                _ when char.IsControl(c) =>
                    text.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }
    }
}
