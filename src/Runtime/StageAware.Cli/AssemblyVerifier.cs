using System.Collections.Generic;
using System.Linq;

namespace StageAware.Cli;

/// <summary>
/// Checks a synthesized assembly against the stage and region asked for: every stack carries the stage prefix,
/// the stage tags and the region, and all stacks share one account.
/// </summary>
internal static class AssemblyVerifier
{
    public const string UnknownAccount = "unknown-account";

    public static IReadOnlyList<string> Verify(IReadOnlyList<StackArtifact> stacks, StageNaming naming, string region)
    {
        var problems = new List<string>();
        if (stacks.Count == 0)
        {
            problems.Add("the app defines no stack");
        }

        foreach (StackArtifact stack in stacks)
        {
            if (!naming.IsStageStackName(stack.StackName))
            {
                problems.Add($"{stack.StackName}: the stack name lacks the prefix '{naming.Prefix}'");
            }

            if (stack.Region != region)
            {
                problems.Add($"{stack.StackName}: it targets {stack.Environment}, not the region {region}");
            }

            if (!stack.Tags.TryGetValue("stage", out string? stage) || stage != naming.Stage ||
                !stack.Tags.TryGetValue("app", out string? app) || app != naming.App)
            {
                problems.Add($"{stack.StackName}: it lacks the tags stage={naming.Stage} and app={naming.App}");
            }
        }

        string[] accounts = stacks.Select(s => s.Account).Distinct().ToArray();
        if (accounts.Length > 1)
        {
            problems.Add($"the stacks target several accounts ({string.Join(", ", accounts)}), not the deploy's one");
        }

        return problems;
    }
}
