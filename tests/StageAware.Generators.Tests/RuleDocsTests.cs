using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StageAware.Generators.Tests;

/// <summary>Every wiring rule has one descriptor, a page under docs/rules and a line in the release files.</summary>
public sealed class RuleDocsTests
{
    public static TheoryData<string> RuleIds => new(new StackWiringAnalyzer().SupportedDiagnostics.Select(d => d.Id));

    [Fact]
    public void Rule_ids_are_the_wiring_range_and_unique()
    {
        string[] ids = new StackWiringAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToArray();

        Assert.Equal(new[] { "STAGE100", "STAGE101", "STAGE102", "STAGE103" }, ids);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_links_to_its_page_and_the_page_exists(string id)
    {
        DiagnosticDescriptor rule = new StackWiringAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);

        Assert.Equal($"https://github.com/stageaware/stageaware/blob/main/docs/rules/{id}.md", rule.HelpLinkUri);
        Assert.Equal(WiringRules.Category, rule.Category);
        Assert.Equal(DiagnosticSeverity.Warning, rule.DefaultSeverity);
        string page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md"));
        Assert.StartsWith($"# {id}: ", page);
        Assert.Contains("## How to fix", page);
        Assert.Contains("## How to suppress", page);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_is_in_the_release_files(string id)
    {
        string directory = Path.Combine(RepositoryRoot(), "src", "Generators", "StageAware.Generators");
        string releases = File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Unshipped.md"));

        Assert.Contains($"{id} | {WiringRules.Category} | Warning |", releases);
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
