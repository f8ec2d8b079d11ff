using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StageAware.Generators.Tests;

/// <summary>
/// Metadata for test compilations, all from this test's own restore: the platform it runs on, the CDK and the
/// stage-aware runtime. Nothing is downloaded while the tests run.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> PlatformReferences = new(LoadPlatform);

    /// <summary>The .NET platform assemblies the test host runs on.</summary>
    public static ImmutableArray<MetadataReference> Platform => PlatformReferences.Value;

    /// <summary>The platform and the CDK, without the stage-aware runtime.</summary>
    public static ImmutableArray<MetadataReference> Cdk { get; } = Platform.AddRange(new[]
    {
        typeof(Amazon.CDK.Stack).Assembly,
        typeof(Constructs.Construct).Assembly,
        typeof(Amazon.JSII.Runtime.Deputy.DeputyBase).Assembly,
    }.Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)));

    /// <summary>The platform, the CDK and the stage-aware runtime: what a stage-aware app compiles against.</summary>
    public static ImmutableArray<MetadataReference> StageAware { get; } = Cdk.AddRange(new[]
    {
        typeof(global::StageAware.StageAwareApp).Assembly,
        typeof(global::StageAware.StageNaming).Assembly,
    }.Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)));

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
}
