using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace StageAware.Generators.Tests;

/// <summary>An edit that touches no stack leaves every step cached, and no step holds a symbol or syntax.</summary>
public sealed class CacheTests
{
    private static readonly string[] StepNames =
    {
        TrackingNames.StackClasses,
        TrackingNames.WireableStacks,
        TrackingNames.DistinctStacks,
        TrackingNames.StackFiles,
    };

    [Fact]
    public void Unrelated_new_file_keeps_every_step_cached()
    {
        CSharpCompilation first = GeneratorHarness.Compile(WiringCases.ExtraParameters.Sources);
        CSharpCompilation second = first.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Notes; internal static class Clock { public static int Now() => 0; }",
            GeneratorHarness.ParseOptions,
            path: "Clock.cs"));

        AssertCachedAfter(first, second);
    }

    [Fact]
    public void Edited_method_body_keeps_every_step_cached()
    {
        const string before = """
            namespace Notes;

            internal static class Labels
            {
                public static string Of(string name) => name;
            }
            """;
        CSharpCompilation first = GeneratorHarness.Compile(WiringCases.Nullability.Sources.Append(before));
        SyntaxTree old = first.SyntaxTrees.Last();
        SyntaxTree edited = old.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            before.Replace("=> name;", "=> name.ToUpperInvariant();")));
        CSharpCompilation second = first.ReplaceSyntaxTree(old, edited);

        AssertCachedAfter(first, second);
    }

    [Fact]
    public void Editing_a_stack_reruns_its_file_only()
    {
        CSharpCompilation first = GeneratorHarness.Compile(WiringCases.ExtraParameters.Sources);
        SyntaxTree storage = first.SyntaxTrees.First();
        SyntaxTree edited = storage.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            storage.ToString().Replace("IStackProps? props = null", "IStackProps? props = null, int size = 1")));
        CSharpCompilation second = first.ReplaceSyntaxTree(storage, edited);

        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(first).RunGenerators(second);

        IncrementalGeneratorRunStep[] files = driver.GetRunResult().Results.Single()
            .TrackedSteps[TrackingNames.StackFiles].ToArray();
        IncrementalStepRunReason[] reasons = files.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains(IncrementalStepRunReason.Unchanged, reasons);
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_or_compilation()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver();
        foreach (WiringCase wiringCase in WiringCases.Cases)
        {
            driver = driver.RunGenerators(GeneratorHarness.Compile(wiringCase.Sources));
            GeneratorRunResult run = driver.GetRunResult().Results.Single();
            foreach (string name in StepNames)
            {
                Assert.True(run.TrackedSteps.ContainsKey(name), $"Step {name} did not run for {wiringCase}.");
                foreach (IncrementalGeneratorRunStep step in run.TrackedSteps[name])
                {
                    foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
                    {
                        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
                        AssertPlain(value, $"{name} of {wiringCase}", seen);
                    }
                }
            }
        }
    }

    private static void AssertCachedAfter(Compilation first, Compilation second)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(first);
        GeneratorRunResult firstRun = driver.GetRunResult().Results.Single();
        driver = driver.RunGenerators(second);
        GeneratorRunResult secondRun = driver.GetRunResult().Results.Single();

        Assert.NotEmpty(firstRun.GeneratedSources);
        foreach (string name in StepNames)
        {
            Assert.True(secondRun.TrackedSteps.ContainsKey(name), $"Step {name} did not run.");
            foreach (IncrementalGeneratorRunStep step in secondRun.TrackedSteps[name])
            {
                foreach ((object _, IncrementalStepRunReason reason) in step.Outputs)
                {
                    Assert.True(
                        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Step {name} output was {reason}.");
                }
            }
        }

        Assert.All(
            secondRun.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    // Walks a step output through its public properties and items: a symbol, syntax node or compilation anywhere
    // in it would keep a whole compilation alive and defeat the cache.
    private static void AssertPlain(object? value, string where, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol, $"{where} holds a symbol: {value}");
        Assert.False(value is SyntaxNode, $"{where} holds a syntax node: {value}");
        Assert.False(value is SyntaxTree, $"{where} holds a syntax tree");
        Assert.False(value is Compilation, $"{where} holds a compilation");
        Assert.False(value is SemanticModel, $"{where} holds a semantic model");
        if (!seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertPlain(item, where, seen);
            }
        }

        foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                AssertPlain(property.GetValue(value), $"{where}.{property.Name}", seen);
            }
        }
    }
}
