using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace StageAware.Analyzers;

/// <summary>
/// STAGE005: a constant CloudFormation export name (<c>CfnOutputProps.ExportName</c>, <c>CfnOutput.ExportName</c>,
/// <c>ExportValueOptions.Name</c>) or a constant import of one (<c>Fn.ImportValue</c>, <c>Fn.ImportListValue</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantExportNameAnalyzer : DiagnosticAnalyzer
{
    private const string Export = "The export name";
    private const string Import = "The import of the export";

    private static readonly (string Type, string Member)[] ExportProperties =
    {
        ("Amazon.CDK.CfnOutputProps", "ExportName"),
        ("Amazon.CDK.CfnOutput", "ExportName"),
        ("Amazon.CDK.ExportValueOptions", "Name"),
    };

    private static readonly string[] Imports = { "ImportValue", "ImportListValue" };

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ConstantExportName);

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

            var exports = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach ((string type, string member) in ExportProperties)
            {
                exports.UnionWith(
                    start.Compilation.GetTypeByMetadataName(type)?.GetMembers(member) ?? ImmutableArray<ISymbol>.Empty);
            }

            INamedTypeSymbol? fn = start.Compilation.GetTypeByMetadataName("Amazon.CDK.Fn");
            var rule = new WatchedValueRule((site, _) => Watch(site, exports, fn), Report);
            rule.Register(start, ConstantTracer.For(start.Compilation));
        });
    }

    private static string? Watch(IOperation site, HashSet<ISymbol> exports, INamedTypeSymbol? fn) => site switch
    {
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }
            when exports.Contains(target.Property.OriginalDefinition) => Export,
        IArgumentOperation { Parameter: { Ordinal: 0, ContainingSymbol: IMethodSymbol method } }
            when System.Array.IndexOf(Imports, method.Name) >= 0
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, fn) => Import,
        _ => null,
    };

    private static void Report(OperationAnalysisContext context, WatchedConstant found) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ConstantExportName,
            found.Source.Node.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(SiteKinds.ValueKey, found.Source.Value),
            found.Tag,
            found.Source.Value));
}
