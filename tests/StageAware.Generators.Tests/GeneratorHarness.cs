using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StageAware.Generators.Tests;

/// <summary>Compiles sources the way a stage-aware CDK app is compiled and runs the wiring generator on them.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(
        LanguageVersion.Latest, DocumentationMode.Diagnose);

    // Nullable on and every warning an error, as Directory.Build.props sets for a project, and docs diagnosed. Off:
    // CS1701/CS1702 (assembly version unification), as the .NET SDK turns them off, and CS1591, which asks the
    // test inputs' public types for docs (the generated wiring is internal, so it never asks it of the output).
    public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
            ["CS1591"] = ReportDiagnostic.Suppress,
        });

    public static CSharpCompilation Compile(
        IEnumerable<string> sources, IEnumerable<MetadataReference>? references = null)
    {
        return CSharpCompilation.Create(
            "StageAware.TestApp",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            references ?? TestReferences.StageAware,
            CompilationOptions);
    }

    public static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        new[] { new WiringGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(
            IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns what it made and the compilation with its output added.</summary>
    public static (GeneratorRunResult Run, Compilation Output) Run(
        IEnumerable<string> sources, IEnumerable<MetadataReference>? references = null)
    {
        CSharpCompilation input = Compile(sources, references);
        GeneratorDriver driver = CreateDriver()
            .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    /// <summary>The generated source of <paramref name="hintName"/>, its GeneratedCode version made fixed.</summary>
    public static string Generated(GeneratorRunResult run, string hintName)
    {
        GeneratedSourceResult file = run.GeneratedSources.Single(s => s.HintName == hintName);
        return Normalize(file.SourceText.ToString());
    }

    public static string Normalize(string source) => source
        .Replace("\r\n", "\n")
        .Replace(
            $"\"StageAware.Generators\", \"{typeof(WiringGenerator).Assembly.GetName().Version}\"",
            "\"StageAware.Generators\", \"{version}\"");
}
