using System.Collections.Generic;

namespace StageAware.Cli;

/// <summary>What the command line asked for.</summary>
internal sealed record CliOptions(
    string Command,
    string? Stage,
    string? Region,
    string? Profile,
    string Directory,
    bool Verbose,
    int? Concurrency = null,
    string? RequireApproval = null,
    bool Yes = false)
{
    public const string Usage =
        "Usage: stageaware <synth|list|diff|deploy|remove> [--stage STAGE] [--region REGION] [--profile PROFILE] " +
        "[--dir APP_FOLDER] [--concurrency N] [--require-approval never|any-change|broadening] [--yes] [--verbose]";

    private static readonly HashSet<string> Commands = new() { "synth", "list", "diff", "deploy", "remove" };

    private static readonly HashSet<string> Approvals = new() { "never", "any-change", "broadening" };

    /// <summary>Parses the arguments; a mistake is a <see cref="UsageException"/> that says which.</summary>
    public static CliOptions Parse(IReadOnlyList<string> args, string currentDirectory)
    {
        if (args.Count == 0)
        {
            throw new UsageException("No command given.");
        }

        string command = args[0];
        if (!Commands.Contains(command))
        {
            throw new UsageException($"Unknown command '{command}'.");
        }

        string? stage = null, region = null, profile = null, directory = null, approval = null;
        int? concurrency = null;
        bool verbose = false, yes = false;
        for (int i = 1; i < args.Count; i++)
        {
            string arg = args[i];
            string? inline = null;
            int equals = arg.IndexOf('=');
            if (arg.StartsWith("--", System.StringComparison.Ordinal) && equals > 0)
            {
                inline = arg.Substring(equals + 1);
                arg = arg.Substring(0, equals);
            }

            switch (arg)
            {
                case "--stage":
                    stage = Value(args, ref i, arg, inline);
                    break;
                case "--region":
                    region = Value(args, ref i, arg, inline);
                    break;
                case "--profile":
                    profile = Value(args, ref i, arg, inline);
                    break;
                case "--dir":
                    directory = Value(args, ref i, arg, inline);
                    break;
                case "--verbose":
                case "-v":
                    verbose = Flag(arg, inline);
                    break;
                case "--yes":
                case "-y":
                    yes = Flag(arg, inline);
                    break;
                case "--concurrency":
                    string count = Value(args, ref i, arg, inline);
                    concurrency = int.TryParse(count, System.Globalization.NumberStyles.None, null, out int n) && n > 0
                        ? n
                        : throw new UsageException($"--concurrency takes a whole number of at least 1, not '{count}'.");
                    break;
                case "--require-approval":
                    approval = Value(args, ref i, arg, inline);
                    if (!Approvals.Contains(approval))
                    {
                        throw new UsageException(
                            $"--require-approval takes never, any-change or broadening, not '{approval}'.");
                    }

                    break;
                default:
                    throw new UsageException($"Unknown option '{arg}'.");
            }
        }

        string full = System.IO.Path.GetFullPath(directory ?? currentDirectory, currentDirectory);
        if (command != "deploy" && (concurrency != null || approval != null))
        {
            throw new UsageException($"--concurrency and --require-approval go with deploy, not {command}.");
        }

        if (command is not ("deploy" or "remove") && yes)
        {
            throw new UsageException($"--yes goes with deploy and remove, not {command}.");
        }

        return new CliOptions(command, stage, region, profile, full, verbose, concurrency, approval, yes);
    }

    // A flag is on when given; `--yes=no` would read as yes, so a flag takes no value at all.
    private static bool Flag(string name, string? inline) => inline is null
        ? true
        : throw new UsageException($"{name} takes no value; leave '={inline}' out, or leave {name} out for no.");

    private static string Value(IReadOnlyList<string> args, ref int i, string option, string? inline)
    {
        if (inline != null)
        {
            return inline;
        }

        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", System.StringComparison.Ordinal))
        {
            throw new UsageException($"The option {option} needs a value.");
        }

        i++;
        return args[i];
    }
}

/// <summary>A command line that cannot be run as written.</summary>
internal sealed class UsageException : System.Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
