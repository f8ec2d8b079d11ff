using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace StageAware.Analyzers;

/// <summary>
/// STAGE006: a constant string given to the CDK (a property of a CDK type, an argument of a CDK method or
/// constructor, an element of an array given to either) with an ARN in it that spells out an account id or a region.
/// ARNs built from <c>Aws.ACCOUNT_ID</c>, <c>this.Region</c> or <c>Stack.FormatArn</c> are not constants.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedArnAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property that says which fields are hard-coded: <c>account</c>, <c>region</c> or both.</summary>
    public const string FieldsKey = "Fields";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardCodedArn);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (CdkSymbols.Create(start.Compilation) is null)
            {
                return;
            }

            var rule = new WatchedValueRule(
                (site, _) => Watch(site), Report, mayReport: static text => text.Contains("arn:"));
            rule.Register(start, ConstantTracer.For(start.Compilation));
        });
    }

    private static string? Watch(IOperation site) => site switch
    {
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }
            when IsCdk(target.Property.ContainingType) && IsText(target.Property.Type) => string.Empty,
        IArgumentOperation { Parameter: { ContainingSymbol: IMethodSymbol method } parameter }
            when IsCdk(method.ContainingType) && IsText(parameter.Type) => string.Empty,
        _ => null,
    };

    private static void Report(OperationAnalysisContext context, WatchedConstant found)
    {
        List<ArnField> fields = Arns.HardCodedFields(found.Source.Value);
        if (fields.Count == 0)
        {
            return;
        }

        string[] accounts = Values(found.Source.Value, fields, account: true);
        string[] regions = Values(found.Source.Value, fields, account: false);
        var parts = new List<string>();
        if (accounts.Length > 0)
        {
            parts.Add("the account " + string.Join(", ", accounts.Select(a => $"'{a}'")));
        }

        if (regions.Length > 0)
        {
            parts.Add("the region " + string.Join(", ", regions.Select(r => $"'{r}'")));
        }

        string kinds = string.Join(
            ",", new[] { accounts.Length > 0 ? "account" : null, regions.Length > 0 ? "region" : null }
                .Where(k => k is not null));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.HardCodedArn,
            found.Source.Node.GetLocation(),
            ImmutableDictionary<string, string?>.Empty
                .Add(SiteKinds.ValueKey, found.Source.Value)
                .Add(FieldsKey, kinds),
            found.Source.Value,
            string.Join(" and ", parts)));
    }

    private static string[] Values(string text, List<ArnField> fields, bool account) => fields
        .Where(f => f.IsAccount == account)
        .Select(f => text.Substring(f.Start, f.Length))
        .Distinct()
        .ToArray();

    // A string, or strings: `string[]` for Resources, Actions and params arguments.
    private static bool IsText(ITypeSymbol? type) =>
        type?.SpecialType == SpecialType.System_String
        || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String };

    // A type of the CDK itself: Amazon.CDK and the namespaces under it, v1 and v2 alike. Called for every argument
    // of the compilation: it walks up the namespaces without allocating.
    private static bool IsCdk(INamedTypeSymbol? type)
    {
        INamespaceSymbol? ns = type?.ContainingNamespace;
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "CDK"
                && ns.ContainingNamespace is { Name: "Amazon", ContainingNamespace.IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }
}
