using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StageAware.Analyzers.Tests;

/// <summary>
/// Metadata for the test compilations, all from this project's restore or built in memory: the platform the tests
/// run on, CDK v2 (Amazon.CDK.Lib), a CDK v1-shaped assembly named <c>Amazon.CDK</c>, and the stage-aware runtime.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> PlatformReferences = new(LoadPlatform);
    private static readonly Lazy<MetadataReference> CdkV1Reference = new(CompileCdkV1);

    public static ImmutableArray<MetadataReference> Platform => PlatformReferences.Value;

    /// <summary>The platform and CDK v2, without the stage-aware runtime.</summary>
    public static ImmutableArray<MetadataReference> CdkV2 { get; } = Platform.AddRange(FromAssemblies(
        typeof(Amazon.CDK.Stack), typeof(Constructs.Construct), typeof(Amazon.JSII.Runtime.Deputy.DeputyBase)));

    /// <summary>CDK v2 and the stage-aware runtime: what a stage-aware app compiles against.</summary>
    public static ImmutableArray<MetadataReference> StageAware { get; } = CdkV2.AddRange(FromAssemblies(
        typeof(global::StageAware.StageAwareApp), typeof(global::StageAware.StageNaming)));

    /// <summary>The platform and a CDK v1-shaped assembly.</summary>
    public static ImmutableArray<MetadataReference> CdkV1 => Platform.Add(CdkV1Reference.Value);

    /// <summary>The platform alone: a project without the CDK.</summary>
    public static ImmutableArray<MetadataReference> NoCdk => Platform;

    private static ImmutableArray<MetadataReference> FromAssemblies(params Type[] types) => types
        .Select(t => (MetadataReference)MetadataReference.CreateFromFile(t.Assembly.Location))
        .ToImmutableArray();

    private static ImmutableArray<MetadataReference> LoadPlatform()
    {
        string platformDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        return trusted
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), platformDirectory, StringComparison.Ordinal))
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    // CDK v1 kept its types in the assembly Amazon.CDK, namespace Amazon.CDK, with Construct among them.
    private static MetadataReference CompileCdkV1()
    {
        const string Source = """
            #nullable enable
            namespace Amazon.CDK
            {
                public interface IConstruct { }
                public class Construct : IConstruct
                {
                    public Construct(Construct? scope, string id) { }
                }
                public interface IEnvironment
                {
                    string? Account { get; }
                    string? Region { get; }
                }
                public class Environment : IEnvironment
                {
                    public string? Account { get; set; }
                    public string? Region { get; set; }
                }
                public interface IStackProps
                {
                    IEnvironment? Env { get; }
                    string? StackName { get; }
                    string? Description { get; }
                }
                public class StackProps : IStackProps
                {
                    public IEnvironment? Env { get; set; }
                    public string? StackName { get; set; }
                    public string? Description { get; set; }
                }
                public class Stack : Construct
                {
                    public Stack(Construct? scope = null, string? id = null, IStackProps? props = null)
                        : base(scope, id ?? "") { }
                    public virtual string Account => "";
                    public virtual string Region => "";
                }
                public class NestedStack : Stack
                {
                    public NestedStack(Construct scope, string id) : base(scope, id) { }
                }
                public interface IStageProps
                {
                    IEnvironment? Env { get; }
                }
                public class StageProps : IStageProps
                {
                    public IEnvironment? Env { get; set; }
                }
                public class Stage : Construct
                {
                    public Stage(Construct? scope, string id, IStageProps? props = null) : base(scope, id) { }
                }
                public class App : Stage
                {
                    public App() : base(null, "") { }
                    public void Synth() { }
                }
            }
            """;
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Amazon.CDK",
            new[] { CSharpSyntaxTree.ParseText(Source) },
            Platform,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException(
                "The CDK v1-shaped reference does not compile: " + string.Join("; ", result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
