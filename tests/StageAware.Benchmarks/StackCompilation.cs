using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace StageAware.Benchmarks;

/// <summary>
/// An in-memory compilation of a synthetic app with N stacks, as the SDK compiles a stage-aware CDK project: the
/// platform, CDK v2 and the stage-aware runtime from this project's restore.
/// </summary>
public sealed class StackCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    private StackCompilation(CSharpCompilation compilation, int stacks)
    {
        Compilation = compilation;
        Stacks = stacks;
    }

    /// <summary>The compilation: one file per stack, then the program.</summary>
    public CSharpCompilation Compilation { get; }

    public int Stacks { get; }

    /// <summary>The file of the first stack, the one the edits touch.</summary>
    public SyntaxTree FirstStack => Compilation.SyntaxTrees.First();

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static StackCompilation Create(int stacks)
    {
        const string ns = "Synthetic.Services";
        IEnumerable<SyntaxTree> trees = Enumerable.Range(0, stacks)
            .Select(i => CSharpSyntaxTree.ParseText(
                SyntheticApp.Stack(ns, i), ParseOptions, path: SyntheticApp.StackClass(i) + ".cs"))
            .Append(CSharpSyntaxTree.ParseText(SyntheticApp.Program(ns, 0, stacks), ParseOptions, path: "Program.cs"));
        var options = new CSharpCompilationOptions(
                OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });
        return new StackCompilation(CSharpCompilation.Create("Synthetic.Services", trees, References, options), stacks);
    }

    /// <summary>The compilation with <paramref name="oldText"/> replaced in the first stack's file.</summary>
    public (CSharpCompilation Compilation, SyntaxTree Edited) EditFirstStack(string oldText, string newText)
    {
        SyntaxTree old = FirstStack;
        string source = old.GetText().ToString();
        if (!source.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The first stack has no '{oldText}' to edit.");
        }

        // An IDE edit: the tree changes incrementally, by a text change, not by a parse from scratch.
        int at = source.IndexOf(oldText, StringComparison.Ordinal);
        SourceText text = old.GetText().WithChanges(new TextChange(new TextSpan(at, oldText.Length), newText));
        SyntaxTree edited = old.WithChangedText(text);
        return (Compilation.ReplaceSyntaxTree(old, edited), edited);
    }

    /// <summary>An edit inside a method body: the helper's expression body.</summary>
    public (CSharpCompilation Compilation, SyntaxTree Edited) EditMethodBody() =>
        EditFirstStack(SyntheticApp.HelperBody, "=> what + \" for \" + Area;");

    /// <summary>A keystroke inside the constructor: one digit of a function's memory size.</summary>
    public (CSharpCompilation Compilation, SyntaxTree Edited) EditKeystroke() =>
        EditFirstStack(SyntheticApp.ConstructorLiteral, "MemorySize = 2560,");

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string platformDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        IEnumerable<string> platform = trusted
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), platformDirectory, StringComparison.Ordinal))
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        IEnumerable<string> app = new[]
            {
                typeof(Amazon.CDK.Stack), typeof(Constructs.Construct), typeof(Amazon.JSII.Runtime.Deputy.DeputyBase),
                typeof(global::StageAware.StageAwareApp), typeof(global::StageAware.StageNaming),
            }
            .Select(t => t.Assembly.Location);
        return platform.Concat(app).Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
