using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace StageAware.Cli;

/// <summary>What one stack of the stage came to in a deploy or a remove.</summary>
internal enum StackOutcome
{
    NotReached,
    Deployed,
    Unchanged,
    Removed,
    Failed,
}

/// <summary>Reads what the CDK CLI prints: its stack events, and the line it ends each stack with.</summary>
internal static class CdkOutput
{
    private static readonly Regex Ansi = new("\u001b\\[[0-9;]*[A-Za-z]", RegexOptions.CultureInvariant);

    /// <summary>Removes the terminal colours of a line.</summary>
    public static string Plain(string line) => Ansi.Replace(line, "");

    /// <summary>
    /// True for a line of the CDK CLI's progress or of Node.js's warnings rather than of its result: asset building
    /// and publishing (<c>start:</c>, <c>success:</c>, <c>fail:</c>), the wait for a change set, Node.js's warnings.
    /// </summary>
    public static bool IsProgress(string line)
    {
        string text = line.TrimStart();
        return text.StartsWith("start: ", StringComparison.Ordinal)
            || text.StartsWith("success: ", StringComparison.Ordinal)
            || text.StartsWith("fail: ", StringComparison.Ordinal)
            || text.StartsWith("(node:", StringComparison.Ordinal)
            || text.Contains("Hold on while we create a read-only change set", StringComparison.Ordinal)
            || text.Contains("NodeVersionSupportWarning", StringComparison.Ordinal);
    }

    /// <summary>
    /// A stack event of <c>--progress events</c> (<c>stack | 3/8 | time | STATUS | type | logical id reason</c>),
    /// or null for any other line.
    /// </summary>
    public static (string Stack, string Progress, string Status, string Type, string Resource)? Event(string line)
    {
        string[] parts = Plain(line).Split(" | ");
        if (parts.Length < 6)
        {
            return null;
        }

        string status = parts[3].Trim();
        if (status.Length == 0 || !status.All(c => char.IsUpper(c) || c == '_'))
        {
            return null;
        }

        return (parts[0].Trim(), parts[1].Trim(), status, parts[4].Trim(), string.Join(" | ", parts.Skip(5)).Trim());
    }

    /// <summary>How each stack ended, from the CDK CLI's closing line of it.</summary>
    public static Dictionary<string, StackOutcome> Outcomes(
        IEnumerable<string> output, IReadOnlyList<StackArtifact> stacks)
    {
        var outcomes = stacks.ToDictionary(s => s.StackName, _ => StackOutcome.NotReached, StringComparer.Ordinal);
        foreach (string raw in output)
        {
            string line = Plain(raw).Trim();
            bool success = line.StartsWith("\u2705", StringComparison.Ordinal);
            bool failure = line.StartsWith("\u274C", StringComparison.Ordinal);
            if (!success && !failure)
            {
                continue;
            }

            string rest = line.Substring(1).Trim();
            StackArtifact? stack = stacks.FirstOrDefault(s => rest.StartsWith(s.StackName, StringComparison.Ordinal) ||
                rest.StartsWith(s.DisplayName, StringComparison.Ordinal));
            if (stack == null)
            {
                continue;
            }

            outcomes[stack.StackName] = failure ? StackOutcome.Failed
                : rest.Contains("destroyed", StringComparison.Ordinal) ? StackOutcome.Removed
                : rest.Contains("(no changes)", StringComparison.Ordinal) ? StackOutcome.Unchanged
                : StackOutcome.Deployed;
        }

        return outcomes;
    }

    /// <summary>Why the CDK CLI failed, in its own words: the stack's failure line, else its last error.</summary>
    public static string Failure(IReadOnlyList<string> output)
    {
        string[] lines = output.Select(l => Plain(l).Trim()).Where(l => l.Length > 0).ToArray();

        string? stackFailure = lines.FirstOrDefault(l => l.StartsWith("\u274C", StringComparison.Ordinal) &&
            !l.Contains("Deployment failed", StringComparison.Ordinal));
        string? reason = stackFailure ?? lines.LastOrDefault(l => l.StartsWith("\u274C", StringComparison.Ordinal)) ??
            lines.LastOrDefault(l => l.Contains("Error", StringComparison.Ordinal)) ?? lines.LastOrDefault();
        if (reason == null)
        {
            return "the AWS CDK CLI printed nothing";
        }

        reason = reason.TrimStart('\u274C').Trim();
        foreach (string noise in new[] { "ToolkitError: ", "Error: " })
        {
            reason = reason.Replace(noise, "", StringComparison.Ordinal);
        }

        // The first resource that failed says why, in CloudFormation's words.
        var failed = output.Select(Event)
            .FirstOrDefault(e => e is { } found && found.Status.EndsWith("_FAILED", StringComparison.Ordinal));
        return failed is { } first ? $"{reason}: {first.Resource} ({first.Type}) {first.Status}" : reason;
    }
}
