using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace StageAware.Generators.Tests;

/// <summary>
/// Runs <see cref="StackWiringAnalyzer"/> with Microsoft.CodeAnalysis.Testing on markup sources. The references are
/// this test's own (see <see cref="TestReferences"/>) rather than a reference pack fetched at run time.
/// </summary>
internal sealed class AnalyzerVerifier : CSharpAnalyzerTest<StackWiringAnalyzer, DefaultVerifier>
{
    public AnalyzerVerifier(bool withRuntime = true)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0-local");
        TestState.AdditionalReferences.AddRange(withRuntime ? TestReferences.StageAware : TestReferences.Cdk);
    }

    public static Task VerifyAsync(params string[] sources) => VerifyAsync(true, sources);

    public static Task VerifyAsync(bool withRuntime, params string[] sources)
    {
        var test = new AnalyzerVerifier(withRuntime);
        foreach (string source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        return test.RunAsync(CancellationToken.None);
    }

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions())
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
}
