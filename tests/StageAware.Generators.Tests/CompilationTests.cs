using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StageAware.Generators.Tests;

/// <summary>The generated wiring compiles with the app, nullable on and warnings as errors.</summary>
public sealed class CompilationTests
{
    [Theory]
    [MemberData(nameof(WiringCases.All), MemberType = typeof(WiringCases))]
    public void Output_compiles_without_any_diagnostic(WiringCase wiringCase)
    {
        (GeneratorRunResult run, Compilation output) = GeneratorHarness.Run(wiringCase.Sources);

        Assert.Empty(run.Diagnostics);
        Assert.NotEmpty(run.GeneratedSources);
        AssertClean(output);
    }

    [Fact]
    public void Call_sites_compile()
    {
        const string program = """
            using Amazon.CDK;
            using Notes;
            using StageAware;

            internal static class Program
            {
                public static void Main()
                {
                    var app = new StageAware.StageAwareApp();
                    StorageStack storage = app.AddStorageStack();
                    StorageStack other = app.AddStorageStack(new StackProps { Description = "other" }, id: "other");
                    AuthStack auth = app.AddAuthStack(storage, retention: 3);
                    AuthStack labelled = app.AddAuthStack(other, label: "second", id: "auth-2");
                    app.Synth();
                }
            }
            """;

        (_, Compilation output) = GeneratorHarness.Run(WiringCases.ExtraParameters.Sources.Append(program));

        AssertClean(output);
    }

    [Fact]
    public void Call_sites_with_custom_props_and_params_compile()
    {
        const string program = """
            using System.Collections.Generic;
            using Amazon.CDK;
            using Notes;
            using StageAware;

            internal static class Program
            {
                public static void Main()
                {
                    var app = new StageAwareApp();
                    var queues = new List<string?>();
                    app.AddWorkerStack(null, queues, null, 2, new Amazon.CDK.StackProps(), tier: Tier.Small);
                    IStackProps props = app.StackProps("x");
                    app.AddWorkerStack("jobs", queues, null, 1, props, 3, Tier.Small, ',', 1, 2m, 4, "jobs", "a");
                }
            }
            """;

        (_, Compilation output) = GeneratorHarness.Run(WiringCases.Nullability.Sources.Append(program));

        AssertClean(output);
    }

    [Fact]
    public void Custom_props_are_created_when_the_caller_passes_none()
    {
        (GeneratorRunResult run, _) = GeneratorHarness.Run(WiringCases.CustomProps.Sources);

        string source = GeneratorHarness.Generated(run, WiringCases.CustomProps.HintName);
        Assert.Contains("props ?? new global::Notes.StorageStackProps()", source);

        // An abstract props class cannot be created: the runtime's null check speaks instead.
        Assert.Contains("app.StackProps(stackId, props), encrypted", source);
    }

    private static void AssertClean(Compilation output)
    {
        ImmutableArray<Diagnostic> diagnostics = output.GetDiagnostics();
        Assert.True(
            diagnostics.IsEmpty,
            string.Join("\n", diagnostics.Select(d => d.ToString())) + "\n\n" +
            string.Join("\n\n", output.SyntaxTrees.Select(t => t.FilePath + "\n" + t)));
    }
}
