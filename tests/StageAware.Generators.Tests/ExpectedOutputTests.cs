using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StageAware.Generators.Tests;

public sealed class ExpectedOutputTests
{
    // Set STAGEAWARE_UPDATE_EXPECTED=1 to rewrite the expected files from the generator, then review the diff.
    private static readonly bool Update = Environment.GetEnvironmentVariable("STAGEAWARE_UPDATE_EXPECTED") == "1";

    [Theory]
    [MemberData(nameof(WiringCases.All), MemberType = typeof(WiringCases))]
    public void Output_matches_the_expected_file(WiringCase wiringCase)
    {
        (GeneratorRunResult run, _) = GeneratorHarness.Run(wiringCase.Sources);

        Assert.Null(run.Exception);
        string actual = GeneratorHarness.Generated(run, wiringCase.HintName);
        string expectedPath = Path.Combine(AppContext.BaseDirectory, "Expected", wiringCase.Name + ".g.cs");
        if (Update)
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "Expected", wiringCase.Name + ".g.cs"), actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"Missing expected file {expectedPath}.");
        Assert.Equal(GeneratorHarness.Normalize(File.ReadAllText(expectedPath)), actual);
    }

    [Fact]
    public void Partial_class_gets_one_file()
    {
        (GeneratorRunResult run, _) = GeneratorHarness.Run(WiringCases.PartialClass.Sources);

        Assert.Single(run.GeneratedSources, s => s.HintName == WiringCases.PartialClass.HintName);
        Assert.Single(run.GeneratedSources);
    }

    [Fact]
    public void Every_expected_file_belongs_to_a_case()
    {
        string[] names = WiringCases.Cases.Select(c => c.Name + ".g.cs").ToArray();
        string[] files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Expected"), "*.g.cs")
            .Select(path => Path.GetFileName(path))
            .ToArray();

        Assert.Empty(files.Except(names));
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
