using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StageAware.Benchmarks;

/// <summary>
/// Every StageAware analyzer over a compilation of N stacks, against an empty analyzer (no-op actions on the same
/// operations) on the same compilation, as a build runs them: the whole compilation, concurrently.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private Compilation compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> stageAware;

    [ParamsSource(nameof(Sizes))]
    public int Stacks { get; set; }

    public static IEnumerable<int> Sizes() => Benchmarks.Sizes.Stacks();

    [GlobalSetup]
    public void Setup()
    {
        compilation = StackCompilation.Create(Stacks).Compilation;
        stageAware = StageAwareComponents.Analyzers();
    }

    [Benchmark(Baseline = true)]
    public Task<ImmutableArray<Diagnostic>> EmptyAnalyzer() =>
        Analyze(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()));

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> InertAnalyzer() =>
        Analyze(ImmutableArray.Create<DiagnosticAnalyzer>(new InertAnalyzer()));

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> StageAwareAnalyzers() => Analyze(stageAware);

    private Task<ImmutableArray<Diagnostic>> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers) => compilation
        .WithAnalyzers(analyzers, Analysis.Options(timed: false))
        .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
}

/// <summary>How the benchmarks run analyzers: concurrently, without options, as the compiler does in a build.</summary>
public static class Analysis
{
    public static CompilationWithAnalyzersOptions Options(bool timed) => new(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
        onAnalyzerException: null,
        concurrentAnalysis: true,
        logAnalyzerExecutionTime: timed,
        reportSuppressedDiagnostics: false);
}
