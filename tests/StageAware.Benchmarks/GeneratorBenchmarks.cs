using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StageAware.Benchmarks;

/// <summary>
/// The wiring generator on N stacks: a first run, and a run after an edit inside one method body, which must
/// regenerate nothing (checked before any measurement). The baseline is the compiler's own pass over the same
/// compilation (declarations and method bodies, no emit), so the ratio is the generator's cost per unit of compile.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private Compilation original = null!;
    private Compilation edited = null!;
    private GeneratorDriver warm = null!;

    [ParamsSource(nameof(Sizes))]
    public int Stacks { get; set; }

    public static IEnumerable<int> Sizes() => Benchmarks.Sizes.Stacks();

    [GlobalSetup]
    public void Setup()
    {
        StackCompilation stacks = StackCompilation.Create(Stacks);
        original = stacks.Compilation;
        edited = stacks.EditMethodBody().Compilation;
        warm = CreateDriver(track: false).RunGenerators(original);

        // Not measured: the run after the edit must reuse every output, or its timing means nothing.
        Checks.GeneratorRegeneratesNothing(stacks, stacks.EditMethodBody().Compilation).ThrowIfFailed();
    }

    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> CompilerDiagnostics() => original.Clone().GetDiagnostics();

    [Benchmark]
    public GeneratorDriver GeneratorFirstRun() => CreateDriver(track: false).RunGenerators(original.Clone());

    [Benchmark]
    public GeneratorDriver GeneratorAfterMethodBodyEdit() => warm.RunGenerators(edited.Clone());

    public static GeneratorDriver CreateDriver(bool track) => CSharpGeneratorDriver.Create(
        new[] { StageAwareComponents.Generator() },
        parseOptions: StackCompilation.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, track));
}
