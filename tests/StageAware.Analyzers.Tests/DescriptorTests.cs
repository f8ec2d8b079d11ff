using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using StageAware.CodeFixes;
using Xunit;

namespace StageAware.Analyzers.Tests;

/// <summary>Every rule of every analyzer: one descriptor, a page under docs/rules, release tracking, the fix.</summary>
public sealed class DescriptorTests
{
    private const string DocsPrefix = "https://github.com/stageaware/stageaware/blob/main/";

    private static readonly DiagnosticDescriptor[] Rules = typeof(ConstantAccountAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .SelectMany(a => a.SupportedDiagnostics)
        .ToArray();

    private static readonly CodeFixProvider[] Fixes = typeof(MakeStageAwareCodeFixProvider).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToArray();

    [Fact]
    public void The_analyzers_are_the_six_rules_once_each() => Assert.Equal(
        new[] { "STAGE001", "STAGE002", "STAGE003", "STAGE004", "STAGE005", "STAGE006" },
        Rules.Select(r => r.Id).OrderBy(i => i));

    [Fact]
    public void Every_help_link_points_at_an_existing_rule_page()
    {
        foreach (DiagnosticDescriptor rule in Rules)
        {
            Assert.Equal($"{DocsPrefix}docs/rules/{rule.Id}.md", rule.HelpLinkUri);
            string page = Path.Combine(RepoPaths.Root, rule.HelpLinkUri.Substring(DocsPrefix.Length));
            Assert.True(File.Exists(page), $"{rule.Id} links to {page}, which does not exist.");
            string text = File.ReadAllText(page);
            Assert.StartsWith($"# {rule.Id}: ", text);
            string[] sections =
            {
                "## Cause", "## Why it matters", "## How to fix", "## How to suppress", "## Options",
            };
            foreach (string section in sections)
            {
                Assert.Contains(section, text);
            }

            Assert.Contains("Before:", text);
            Assert.Contains("After:", text);
        }
    }

    [Fact]
    public void Every_rule_is_an_error_in_CI()
    {
        string enforce = File.ReadAllText(Path.Combine(
            RepoPaths.Root, "src", "Runtime", "StageAware", "buildTransitive", "StageAware.Enforce.globalconfig"));
        foreach (DiagnosticDescriptor rule in Rules)
        {
            Assert.Contains($"dotnet_diagnostic.{rule.Id}.severity = error", enforce);
        }
    }

    [Fact]
    public void Every_rule_warns_by_default_in_one_of_the_categories_and_is_tracked()
    {
        string releases = File.ReadAllText(Path.Combine(
            RepoPaths.Root, "src", "Analyzers", "StageAware.Analyzers", "AnalyzerReleases.Unshipped.md"));
        var categories = new HashSet<string> { Categories.Environment, Categories.Naming };
        foreach (DiagnosticDescriptor rule in Rules)
        {
            Assert.Equal(DiagnosticSeverity.Warning, rule.DefaultSeverity);
            Assert.True(rule.IsEnabledByDefault);
            Assert.Contains(rule.Category, categories);
            Assert.Contains($"{rule.Id} | {rule.Category} | Warning |", releases);
        }
    }

    [Fact]
    public void The_fixes_cover_every_rule() => Assert.Equal(
        Rules.Select(r => r.Id).OrderBy(i => i),
        Fixes.SelectMany(f => f.FixableDiagnosticIds).Distinct().OrderBy(i => i));

    [Fact]
    public void Every_fix_has_an_equivalence_key_of_its_own()
    {
        string[] keys = Fixes
            .Select(f => (string)f.GetType().GetField("EquivalenceKey")!.GetValue(null)!)
            .ToArray();
        Assert.Equal(Fixes.Length, keys.Distinct().Count());
        Assert.All(keys, k => Assert.StartsWith("StageAware.", k));
    }
}
