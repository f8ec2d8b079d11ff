using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StageAware.Analyzers;

/// <summary>STAGE002: a constant AWS region in the environment of a stack or a CDK Stage.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantRegionAnalyzer : DiagnosticAnalyzer
{
    private readonly EnvironmentRule rule = new(Descriptors.ConstantRegion, "Region");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ConstantRegion);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(rule.OnCompilationStart);
    }
}
