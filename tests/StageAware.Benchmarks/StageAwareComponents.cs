using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StageAware.Benchmarks;

/// <summary>
/// Every analyzer of the StageAware assemblies, found by reflection so that a rule added later is measured too, and
/// the wiring generator.
/// </summary>
public static class StageAwareComponents
{
    /// <summary>The assemblies a stage-aware project runs as analyzers: the rules, and the generator's own analyzer.</summary>
    public static readonly Assembly[] AnalyzerAssemblies =
    {
        typeof(global::StageAware.Analyzers.DiagnosticIds).Assembly,
        typeof(global::StageAware.Generators.WiringGenerator).Assembly,
    };

    /// <summary>A new instance of every concrete <see cref="DiagnosticAnalyzer"/> in <see cref="AnalyzerAssemblies"/>.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() => AnalyzerAssemblies
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
            && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static ISourceGenerator Generator() => new global::StageAware.Generators.WiringGenerator().AsSourceGenerator();
}

/// <summary>
/// The baseline: an analyzer whose actions do nothing, on the operations and symbols the StageAware analyzers watch,
/// so the driver builds and walks the same IOperation trees and only the rules' own work is left out. (An analyzer
/// that registers nothing at all is no baseline: the driver then binds no method body.)
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "BENCH000", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(
            static _ => { },
            OperationKind.SimpleAssignment, OperationKind.Invocation, OperationKind.ObjectCreation);
        context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
    }
}

/// <summary>For reference: an analyzer that registers nothing, which costs the driver next to nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InertAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "BENCH001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
    }
}
