using System.Collections.Generic;
using System.Linq;
using Amazon.CDK;
using Constructs;

namespace StageAware;

/// <summary>
/// The check before the assembly is written: every stack of the app carries the stage prefix and sits in the
/// stage's environment. Stacks inside a CDK <c>Stage</c> are checked with the names the Stage gives them; nested
/// stacks deploy with their parent and are not checked apart.
/// </summary>
internal static class StackCheck
{
    public static IReadOnlyList<string> Run(StageAwareApp app)
    {
        var problems = new List<string>();
        foreach (IConstruct child in app.Node.Children)
        {
            Visit(app, child, problems);
        }

        return problems;
    }

    public static string Describe(StageAwareApp app, IReadOnlyList<string> problems)
    {
        // One line, as a CLI prints an error: each stack with what is wrong with it, then what to do.
        string count = problems.Count == 1 ? "1 stack is" : $"{problems.Count} stacks are";
        return $"Stage '{app.Stage}' ({app.Region}): {count} outside the stage: {string.Join(", ", problems)}. " +
            "Create each stack with its generated wiring (app.Add...Stack()) or with app.StackProps(\"id\", props), " +
            "and set no Env, Account, Region or StackName of your own.";
    }

    private static void Visit(StageAwareApp app, IConstruct construct, List<string> problems)
    {
        if (Stack.IsStack(construct))
        {
            string? problem = Check(app, (Stack)construct);
            if (problem != null)
            {
                problems.Add(problem);
            }

            // Nested stacks and everything else inside a stack deploy with it.
            return;
        }

        foreach (IConstruct child in construct.Node.Children)
        {
            Visit(app, child, problems);
        }
    }

    private static string? Check(StageAwareApp app, Stack stack)
    {
        var faults = new List<string>();

        string stackName = stack.StackName;
        if (!app.Naming.IsStageStackName(stackName))
        {
            faults.Add($"its stack name '{stackName}' lacks the prefix '{app.Naming.Prefix}'");
        }

        string region = stack.Region;
        if (Token.IsUnresolved(region))
        {
            faults.Add($"it has no region (the stage deploys to {app.Region})");
        }
        else if (region != app.Region)
        {
            faults.Add($"its region is {region}, not the stage's {app.Region}");
        }

        string account = stack.Account;
        if (!Token.IsUnresolved(account))
        {
            if (app.Account == null)
            {
                faults.Add($"it hard-codes the account {account} (the account comes from the deploy's credentials)");
            }
            else if (account != app.Account)
            {
                faults.Add($"its account is {account}, not the deploy's {app.Account}");
            }
        }

        return faults.Count == 0 ? null : $"{stack.Node.Path} ({string.Join("; ", faults)})";
    }
}
