using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StageAware.Analyzers;

/// <summary>STAGE001: a constant AWS account in the environment of a stack or a CDK Stage.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantAccountAnalyzer : DiagnosticAnalyzer
{
    private readonly EnvironmentRule rule = new(Descriptors.ConstantAccount, "Account");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ConstantAccount);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(rule.OnCompilationStart);
    }
}
