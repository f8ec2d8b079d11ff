using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StageAware.Benchmarks;

/// <summary>
/// One document analysed as the IDE does after a keystroke: the semantic diagnostics of the edited file of the
/// N-stack compilation, every StageAware analyzer against an empty analyzer (no-op actions).
/// </summary>
[MemoryDiagnoser]
public class KeystrokeBenchmarks
{
    private Compilation edited = null!;
    private SyntaxTree document = null!;
    private ImmutableArray<DiagnosticAnalyzer> stageAware;

    [ParamsSource(nameof(Sizes))]
    public int Stacks { get; set; }

    public static IEnumerable<int> Sizes() => Benchmarks.Sizes.Stacks();

    [GlobalSetup]
    public void Setup()
    {
        (edited, document) = StackCompilation.Create(Stacks).EditKeystroke();
        stageAware = StageAwareComponents.Analyzers();
    }

    [Benchmark(Baseline = true)]
    public Task<ImmutableArray<Diagnostic>> EmptyAnalyzer() =>
        Analyze(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()));

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> StageAwareAnalyzers() => Analyze(stageAware);

    // A new compilation after each keystroke, as the IDE has: nothing bound in it yet.
    private Task<ImmutableArray<Diagnostic>> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Compilation compilation = edited.Clone();
        return compilation
            .WithAnalyzers(analyzers, Analysis.Options(timed: false))
            .GetAnalyzerSemanticDiagnosticsAsync(
                compilation.GetSemanticModel(document), filterSpan: null, CancellationToken.None);
    }
}
