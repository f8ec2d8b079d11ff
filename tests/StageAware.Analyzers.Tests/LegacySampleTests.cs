using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using StageAware.CodeFixes;
using StageAware.Generators;
using Xunit;

namespace StageAware.Analyzers.Tests;

/// <summary>
/// samples/legacy with the real SDK: the build reports exactly the expected sites; Fix All over the whole solution
/// gives code that builds clean with warnings as errors and synthesizes every stack into the stage.
/// </summary>
public sealed partial class LegacySampleTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly string Project = Path.Combine(
        RepoPaths.Sample("legacy"), "src", "Legacy.Infrastructure", "Legacy.Infrastructure.csproj");

    private static readonly string[] Expected =
    {
        "STAGE003 Messaging.cs:11", "STAGE001 Messaging.cs:13", "STAGE002 Messaging.cs:13",
        "STAGE003 Program.cs:12", "STAGE001 Program.cs:16", "STAGE002 Program.cs:17",
        "STAGE003 Program.cs:22", "STAGE001 Program.cs:24", "STAGE002 Program.cs:24", "STAGE003 Program.cs:25",
    };

    [Fact]
    public async Task The_build_reports_exactly_the_hard_coded_sites()
    {
        // The references are built with this test; the sample itself is rebuilt so that every warning is printed.
        ProcessResult build = await ProcessRun.RunAsync(
            "dotnet",
            new[]
            {
                "build", Project, "-c", Configuration, "--no-incremental", "-p:BuildProjectReferences=false",
                "-p:TreatWarningsAsErrors=false", "-nologo",
            },
            RepoPaths.Root);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(Expected.OrderBy(d => d, StringComparer.Ordinal), Reported(build.Output));
    }

    [Fact]
    public async Task After_fix_all_it_builds_clean_and_synthesizes_stage_aware()
    {
        // Step 1: the sample's sources in a workspace, with the wiring generator, as an IDE holds them.
        Solution solution = LoadSample(out ProjectId projectId);
        ImmutableArray<Diagnostic> before = await AnalyzeAsync(solution.GetProject(projectId)!);
        Assert.Equal(
            Expected.OrderBy(d => d, StringComparer.Ordinal),
            before.Select(Describe).OrderBy(d => d, StringComparer.Ordinal));

        // Step 2: Fix All for the solution, as the IDE's "Fix all occurrences in: Solution" runs it.
        Solution fixedSolution = await FixAllAsync(solution, projectId, before);
        Project fixedProject = fixedSolution.GetProject(projectId)!;
        ImmutableArray<Diagnostic> after = await AnalyzeAsync(fixedProject);
        Assert.Empty(after);
        Compilation compilation = (await fixedProject.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        // Step 3: the fixed code builds with the real SDK, every warning an error, the STAGE rules included.
        string copy = await WriteCopyAsync(fixedProject);
        string copyProject = Path.Combine(copy, "src", "Legacy.Infrastructure", "Legacy.Infrastructure.csproj");
        ProcessResult build = await ProcessRun.RunAsync(
            "dotnet",
            new[] { "build", copyProject, "-c", Configuration, "-p:BuildProjectReferences=false", "-nologo" },
            copy);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("warning STAGE", build.Output, StringComparison.Ordinal);

        // Step 4: it synthesizes stage-aware: every stack named for the stage, in the stage's region.
        await AssertSynthesizesAsync(copy);
    }

    private static string[] Reported(string output) => WarningLine().Matches(output)
        .Select(m => $"{m.Groups["id"].Value} {Path.GetFileName(m.Groups["path"].Value)}:{m.Groups["line"].Value}")
        .Distinct()
        .OrderBy(d => d, StringComparer.Ordinal)
        .ToArray();

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Id} {Path.GetFileName(diagnostic.Location.SourceTree!.FilePath)}:" +
        $"{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}";

    private static Solution LoadSample(out ProjectId projectId)
    {
        var workspace = new AdhocWorkspace();
        projectId = ProjectId.CreateNewId();
        string directory = Path.GetDirectoryName(Project)!;
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "Legacy.Infrastructure",
            "Legacy.Infrastructure",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestReferences.StageAware,
            analyzerReferences: new[]
            {
                new AnalyzerFileReference(typeof(WiringGenerator).Assembly.Location, LoadedAssemblies.Instance),
            }));
        foreach (string file in Directory.GetFiles(directory, "*.cs").OrderBy(f => f, StringComparer.Ordinal))
        {
            solution = solution.AddDocument(
                DocumentId.CreateNewId(projectId), Path.GetFileName(file), SourceText.From(File.ReadAllText(file)),
                filePath: file);
        }

        return solution;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        Compilation compilation = (await project.GetCompilationAsync())!;
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new ConstantAccountAnalyzer(), new ConstantRegionAnalyzer(), new ConstantStackNameAnalyzer());
        return await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private static async Task<Solution> FixAllAsync(
        Solution solution, ProjectId projectId, ImmutableArray<Diagnostic> diagnostics)
    {
        var provider = new MakeStageAwareCodeFixProvider();
        Document first = solution.GetDocument(solution.GetDocumentId(diagnostics[0].Location.SourceTree))!;
        var context = new FixAllContext(
            first,
            provider,
            FixAllScope.Solution,
            MakeStageAwareCodeFixProvider.EquivalenceKey,
            provider.FixableDiagnosticIds,
            new KnownDiagnostics(diagnostics),
            CancellationToken.None);
        CodeAction action = (await provider.GetFixAllProvider().GetFixAsync(context))!;
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    // The fixed sample beside this test's binaries, inside the repository so that Directory.Build.props (warnings
    // as errors) and the central package versions apply; its project file points at the repository's sources.
    private static async Task<string> WriteCopyAsync(Project project)
    {
        string copy = Path.Combine(AppContext.BaseDirectory, "legacy-fixed");
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        string sourceDirectory = Path.Combine(copy, "src", "Legacy.Infrastructure");
        Directory.CreateDirectory(sourceDirectory);
        foreach (string file in new[] { "cdk.json", "stageaware.json" })
        {
            File.Copy(Path.Combine(RepoPaths.Sample("legacy"), file), Path.Combine(copy, file));
        }

        string projectFile = File.ReadAllText(Project)
            .Replace("../../../../src/", Path.Combine(RepoPaths.Root, "src") + "/", StringComparison.Ordinal);
        projectFile = Regex.Replace(projectFile, @"\s*<WarningsNotAsErrors>[^<]*STAGE[^<]*</WarningsNotAsErrors>", "");
        await File.WriteAllTextAsync(Path.Combine(sourceDirectory, "Legacy.Infrastructure.csproj"), projectFile);
        foreach (Document document in project.Documents)
        {
            SourceText text = await document.GetTextAsync();
            await File.WriteAllTextAsync(Path.Combine(sourceDirectory, document.Name), text.ToString());
        }

        return copy;
    }

    private static async Task AssertSynthesizesAsync(string copy)
    {
        string output = Path.Combine(copy, "cdk.out");
        var environment = new Dictionary<string, string?>
        {
            ["STAGEAWARE_STAGE"] = "ci",
            ["AWS_REGION"] = "eu-west-1",
            ["AWS_DEFAULT_REGION"] = null,
            ["CDK_DEFAULT_ACCOUNT"] = null,
            ["CDK_DEFAULT_REGION"] = null,
            ["CDK_CONTEXT_JSON"] = null,
            ["CDK_OUTDIR"] = output,
            ["JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION"] = "1",
        };
        string app = Path.Combine(
            copy, "src", "Legacy.Infrastructure", "bin", Configuration, "net10.0", "Legacy.Infrastructure.dll");
        ProcessResult synth = await ProcessRun.RunAsync("dotnet", new[] { app }, copy, environment);
        Assert.True(synth.ExitCode == 0, synth.Output);

        string manifestText = await File.ReadAllTextAsync(Path.Combine(output, "manifest.json"));
        using JsonDocument manifest = JsonDocument.Parse(manifestText);
        var stacks = manifest.RootElement.GetProperty("artifacts").EnumerateObject()
            .Where(a => a.Value.GetProperty("type").GetString() == "aws:cloudformation:stack")
            .Select(a => (Name: a.Value.GetProperty("properties").TryGetProperty("stackName", out JsonElement name)
                ? name.GetString() : a.Name, Environment: a.Value.GetProperty("environment").GetString()))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            new[] { "ci-legacy-LegacyDatabaseStack", "ci-legacy-LegacyQueueStack", "ci-legacy-LegacyStorageStack" },
            stacks.Select(s => s.Name));
        Assert.All(stacks, s => Assert.Equal("aws://unknown-account/eu-west-1", s.Environment));
    }

    [GeneratedRegex(@"^(?<path>[^\r\n(]+)\((?<line>\d+),\d+\): warning (?<id>STAGE\d{3}):", RegexOptions.Multiline)]
    private static partial Regex WarningLine();

    /// <summary>The diagnostics computed once, handed to Fix All as the IDE's diagnostic service would.</summary>
    private sealed class KnownDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics)
        {
            this.diagnostics = diagnostics;
        }

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(
            Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(
            Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(
            Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
