using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StageAware.CodeFixes;
using Xunit;

namespace StageAware.Analyzers.Tests;

/// <summary>Partial and malformed code never makes an analyzer throw (AD0001), with CDK v2 and v1 alike.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> Sources => new()
    {
        // Unclosed initializers.
        """
        using Amazon.CDK;
        class P { void M(App app) { _ = new Stack(app, "Api", new StackProps { Env = new Environment { Account = "1234
        """,
        """
        using Amazon.CDK;
        class P { void M(App app) { var e = new Environment { Region = ; var p = new StackProps { Env = e,
        """,
        // Missing types and members.
        """
        using Amazon.CDK;
        class P { void M(App app) { _ = new MissingStack(app, "Api", new MissingProps { Env = Nope() }); } }
        """,
        """
        using Amazon.CDK;
        class P { void M(App app) { _ = new Environment { Acount = "1", Region = Missing.Region }; } }
        """,
        // Wrong arity and argument kinds.
        """
        using Amazon.CDK;
        class P { void M(App app) { _ = new Stack(); _ = new Stack(app); _ = new Stack(app, "a", null, 4, 5); } }
        """,
        """
        using Amazon.CDK;
        class P
        {
            static Environment Make(string a, string b) => new Environment { Account = a, Region = b };
            void M(App app) { _ = Make("1"); _ = Make("1", "2", "3"); _ = Make(b: "2"); _ = Make(ref x, out y); }
        }
        """,
        // A user's own Environment, and recursion through helpers and locals.
        """
        using Amazon.CDK;
        namespace Mine { class Environment { public string Account = "1"; } }
        class P
        {
            static string A(string s) => B(s);
            static string B(string s) => A(s) + "x";
            void M(App app)
            {
                var id = "a";
                id = id + "b";
                string r;
                r = r + "x";
                _ = new Stack(app, A(id));
                _ = new Amazon.CDK.Environment { Account = id, Region = r };
                _ = new Mine.Environment { Account = "2" };
            }
        }
        """,
        // Stray tokens, a property with no getter, and a partial method without a body.
        """
        using Amazon.CDK;
        partial class P
        {
            static string Only { set { } }
            static partial string Part();
            void M(App app) { _ = new Stack(app, Only); _ = new Environment { Region = Part() }; } } }
            = new Environment { Account = "1" };
        """,
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task No_analyzer_throws(string source)
    {
        ImmutableArray<MetadataReference>[] cdks = { TestReferences.StageAware, TestReferences.CdkV1 };
        foreach (ImmutableArray<MetadataReference> references in cdks)
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Broken",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var analyzers = ImmutableArray.Create(StageAwareTest.AllAnalyzers());
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(analyzers, options)
                .GetAllDiagnosticsAsync(CancellationToken.None);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task The_fix_never_throws(string source)
    {
        var workspace = new AdhocWorkspace();
        Project project = workspace.CurrentSolution
            .AddProject("Broken", "Broken", LanguageNames.CSharp)
            .WithMetadataReferences(TestReferences.StageAware)
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest));
        Document document = project.AddDocument("Broken.cs", source);
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create(StageAwareTest.AllAnalyzers()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        CodeFixProvider[] providers =
        {
            new MakeStageAwareCodeFixProvider(), new PrefixWithStageCodeFixProvider(),
            new LetCloudFormationNameItCodeFixProvider(), new UseAwsPseudoParametersCodeFixProvider(),
        };
        foreach ((Diagnostic diagnostic, CodeFixProvider provider) in diagnostics.SelectMany(
            d => providers.Where(p => p.FixableDiagnosticIds.Contains(d.Id)).Select(p => (d, p))))
        {
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(
                document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            foreach (CodeAction action in actions)
            {
                Assert.NotEmpty(await action.GetOperationsAsync(CancellationToken.None));
            }
        }
    }
}
