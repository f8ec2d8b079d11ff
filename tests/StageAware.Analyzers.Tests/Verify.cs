using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using StageAware.CodeFixes;
using StageAware.Generators;

namespace StageAware.Analyzers.Tests;

/// <summary>Which CDK (and runtime) a test compiles against.</summary>
public enum Cdk
{
    /// <summary>CDK v2 and the stage-aware runtime, with the wiring generator running.</summary>
    V2,

    /// <summary>CDK v2 and the runtime, without the wiring generator.</summary>
    V2WithoutWiring,

    /// <summary>CDK v2 without the runtime.</summary>
    V2WithoutRuntime,

    /// <summary>A CDK v1-shaped assembly, <c>Amazon.CDK</c>.</summary>
    V1,

    /// <summary>No CDK at all.</summary>
    None,
}

/// <summary>
/// Every analyzer and fix of the package under Microsoft.CodeAnalysis.Testing, with markup sources, nullable on,
/// and the fixed code compiled with warnings reported. References come from <see cref="TestReferences"/>.
/// </summary>
internal sealed class StageAwareTest
    : CSharpCodeFixTest<ConstantAccountAnalyzer, MakeStageAwareCodeFixProvider, DefaultVerifier>
{
    private readonly Cdk cdk;

    public StageAwareTest(Cdk cdk = Cdk.V2, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        this.cdk = cdk;
        TestState.OutputKind = outputKind;
        FixedState.OutputKind = outputKind;
        ReferenceAssemblies = new ReferenceAssemblies("net10.0-local");
        ImmutableArray<MetadataReference> references = cdk switch
        {
            Cdk.V2 or Cdk.V2WithoutWiring => TestReferences.StageAware,
            Cdk.V2WithoutRuntime => TestReferences.CdkV2,
            Cdk.V1 => TestReferences.CdkV1,
            _ => TestReferences.NoCdk,
        };
        TestState.AdditionalReferences.AddRange(references);
        FixedState.AdditionalReferences.AddRange(references);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        CodeActionEquivalenceKey = MakeStageAwareCodeFixProvider.EquivalenceKey;
        CompilerDiagnostics = CompilerDiagnostics.Warnings;

        // The wiring generator runs in the project, as the package puts it there, so the analyzers, the fix and the
        // compiler all see the generated Add... methods.
        if (cdk == Cdk.V2)
        {
            SolutionTransforms.Add((solution, projectId) => solution.AddAnalyzerReference(
                projectId,
                new AnalyzerFileReference(typeof(WiringGenerator).Assembly.Location, LoadedAssemblies.Instance)));
        }
    }

    public static async Task AnalyzeAsync(
        string source, Cdk cdk = Cdk.V2, OutputKind? kind = null, string? editorConfig = null)
    {
        var test = new StageAwareTest(cdk, kind ?? OutputKind.DynamicallyLinkedLibrary);
        test.TestState.Sources.Add(source);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig + "\n"));
        }

        await test.RunAsync(CancellationToken.None);
    }

    public static async Task FixAsync(
        string source,
        string fixedSource,
        OutputKind? kind = null,
        Cdk cdk = Cdk.V2,
        string equivalenceKey = MakeStageAwareCodeFixProvider.EquivalenceKey)
    {
        var test = new StageAwareTest(cdk, kind ?? OutputKind.DynamicallyLinkedLibrary);
        test.TestState.Sources.Add(source);
        test.FixedState.Sources.Add(fixedSource);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.CodeActionEquivalenceKey = equivalenceKey;
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>Every analyzer of the package, as a project that references it runs them.</summary>
    public static DiagnosticAnalyzer[] AllAnalyzers() => new DiagnosticAnalyzer[]
    {
        new ConstantAccountAnalyzer(), new ConstantRegionAnalyzer(), new ConstantStackNameAnalyzer(),
        new ConstantPhysicalNameAnalyzer(), new ConstantExportNameAnalyzer(), new HardCodedArnAnalyzer(),
    };

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AllAnalyzers();

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => new CodeFixProvider[]
    {
        new MakeStageAwareCodeFixProvider(), new PrefixWithStageCodeFixProvider(),
        new LetCloudFormationNameItCodeFixProvider(), new UseAwsPseudoParametersCodeFixProvider(),
    };

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions())
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
                ["CS1591"] = ReportDiagnostic.Suppress,
            });

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
}

/// <summary>Hands out the assemblies the test process has loaded already.</summary>
internal sealed class LoadedAssemblies : IAnalyzerAssemblyLoader
{
    public static readonly LoadedAssemblies Instance = new();

    public void AddDependencyLocation(string fullPath)
    {
    }

    public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
}
