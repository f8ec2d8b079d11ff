using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace StageAware.Generators.Tests;

/// <summary>Code being typed is broken most of the time: the analyzer and the generator must take it calmly.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string, string> Malformed => new()
    {
        { "unclosed class", "using Amazon.CDK; using Constructs; public class OpenStack : Stack { public OpenStack(" },
        {
            "missing base type",
            "using Amazon.CDK; using Constructs; public class LostStack : MissingBase " +
            "{ public LostStack(Construct scope, string id, IStackProps? props) : base(scope, id, props) { } }"
        },
        {
            "own class named Stack",
            "namespace Mine { public class Stack { } public class StorageStack : Stack " +
            "{ public StorageStack(Constructs.Construct scope, string id, Amazon.CDK.IStackProps? props) { } } }"
        },
        {
            "wrong-arity constructors",
            "using Amazon.CDK; using Constructs; public class OddStack : Stack { " +
            "public OddStack() : base() { } public OddStack(Construct scope) : base(scope, \"x\") { } " +
            "public OddStack(string id, Construct scope, IStackProps props) : base(scope, id, props) { } }"
        },
        {
            "unknown parameter types",
            "using Amazon.CDK; using Constructs; public class UnknownStack : Stack { public UnknownStack(" +
            "Construct scope, string id, Nope nope, MissingProps props, IStackProps? more) : base(scope, id) { } }"
        },
        {
            "half-typed props parameter",
            "using Amazon.CDK; using Constructs; public class HalfStack : Stack { public HalfStack(" +
            "Construct scope, string id, IStackProps? = null) : base(scope, id) { } }"
        },
        {
            "generic base and stray default",
            "using Amazon.CDK; using Constructs; public class G<T> : Stack where T : { } " +
            "public class DStack : G<int> { public DStack(Construct scope, string id, StackProps p = 3) { } }"
        },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Analyzer_never_throws(string name, string source)
    {
        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        CompilationWithAnalyzers analysis = GeneratorHarness.Compile(new[] { source })
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new StackWiringAnalyzer()), options);

        ImmutableArray<Diagnostic> diagnostics = await analysis.GetAllDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.True(name.Length > 0);
    }

    [Fact]
    public void A_class_named_Stack_in_another_namespace_is_not_a_stack()
    {
        string source = (string)Malformed.Single(row => (string)row[0] == "own class named Stack")[1];

        (GeneratorRunResult run, Compilation output) = GeneratorHarness.Run(new[] { source });

        Assert.Empty(run.GeneratedSources);
        Assert.Empty(output.GetDiagnostics());
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Generator_never_throws(string name, string source)
    {
        (GeneratorRunResult run, _) = GeneratorHarness.Run(new[] { source });

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.True(name.Length > 0);
    }
}
