using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace StageAware.Benchmarks;

/// <summary>What a check found wrong; empty when it passed.</summary>
public sealed class CheckResult
{
    public CheckResult(string name, IEnumerable<string> failures)
    {
        Name = name;
        Failures = failures.ToImmutableArray();
    }

    public string Name { get; }

    public ImmutableArray<string> Failures { get; }

    public bool Passed => Failures.IsEmpty;

    public void ThrowIfFailed()
    {
        if (!Passed)
        {
            throw new InvalidOperationException($"{Name}: {string.Join("; ", Failures)}");
        }
    }

    public override string ToString() => Passed ? $"ok   {Name}" : $"FAIL {Name}: {string.Join("; ", Failures)}";
}

/// <summary>
/// What must hold for the figures to mean anything, checked outside any measurement: the synthetic app compiles,
/// the rules find its violations without failing, and the generator reuses every output after an edit that
/// touches no stack's shape.
/// </summary>
public static class Checks
{
    private static readonly IncrementalStepRunReason[] Reused =
        { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    public static CheckResult Compiles(StackCompilation stacks)
    {
        IEnumerable<string> errors = stacks.Compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Take(5)
            .Select(d => d.ToString());
        return new CheckResult($"the {stacks.Stacks}-stack app compiles", errors);
    }

    /// <summary>Every StageAware analyzer over the app: each rule's count, and each analyzer's execution time.</summary>
    public static CheckResult AnalyzersFindViolations(StackCompilation stacks, Action<string> log)
    {
        ImmutableArray<DiagnosticAnalyzer> analyzers = StageAwareComponents.Analyzers();
        CompilationWithAnalyzers run = stacks.Compilation.WithAnalyzers(analyzers, Analysis.Options(timed: true));
        ImmutableArray<Diagnostic> diagnostics = run.GetAnalyzerDiagnosticsAsync(CancellationToken.None).Result;

        int breakers = Enumerable.Range(0, stacks.Stacks).Count(SyntheticApp.Breaks);
        log($"{analyzers.Length} analyzers, {stacks.Stacks} stacks of which {breakers} break the rules");
        foreach (IGrouping<string, Diagnostic> rule in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key))
        {
            log($"  {rule.Key}: {rule.Count()}");
        }

        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            AnalyzerTelemetryInfo telemetry = run.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).Result;
            log($"  {analyzer.GetType().Name}: {telemetry.ExecutionTime.TotalMilliseconds:F0} ms");
        }

        var failures = new List<string>();
        failures.AddRange(diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal))
            .Take(3)
            .Select(d => "analyzer failure " + d));
        foreach (string id in new[] { "STAGE001", "STAGE002", "STAGE003" })
        {
            int count = diagnostics.Count(d => d.Id == id);
            if (count < breakers)
            {
                failures.Add($"{id} reported {count} times for {breakers} rule-breaking stacks");
            }
        }

        return new CheckResult("the StageAware analyzers find the violations", failures);
    }

    /// <summary>
    /// The generator wires every stack on a first run and, on <paramref name="edited"/>, has every step Cached or
    /// Unchanged and every output Cached.
    /// </summary>
    public static CheckResult GeneratorRegeneratesNothing(
        StackCompilation stacks, Compilation edited, string edit = "a method-body edit")
    {
        var failures = new List<string>();
        GeneratorDriver driver = GeneratorBenchmarks.CreateDriver(track: true).RunGenerators(stacks.Compilation);
        int files = driver.GetRunResult().Results.Single().GeneratedSources.Length;
        if (files != stacks.Stacks)
        {
            failures.Add($"the first run wired {files} of {stacks.Stacks} stacks");
        }

        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();
        foreach ((string step, ImmutableArray<IncrementalGeneratorRunStep> runs) in second.TrackedSteps)
        {
            IncrementalStepRunReason[] reasons = runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();
            if (reasons.Length == 0 || reasons.Any(r => !Reused.Contains(r)))
            {
                failures.Add($"step {step}: {Summary(reasons)}");
            }
        }

        IncrementalStepRunReason[] outputs = second.TrackedOutputSteps
            .SelectMany(s => s.Value)
            .SelectMany(r => r.Outputs)
            .Select(o => o.Reason)
            .ToArray();
        if (outputs.Length != stacks.Stacks || outputs.Any(r => r != IncrementalStepRunReason.Cached))
        {
            failures.Add($"output: {Summary(outputs)}");
        }

        return new CheckResult($"the generator regenerates nothing after {edit}", failures);
    }

    private static string Summary(IEnumerable<IncrementalStepRunReason> reasons)
    {
        string counts = string.Join(", ", reasons.GroupBy(r => r).Select(g => $"{g.Count()} {g.Key}"));
        return counts.Length == 0 ? "nothing ran" : counts;
    }
}
