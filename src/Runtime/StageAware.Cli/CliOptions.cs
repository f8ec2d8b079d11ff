using System.Collections.Generic;

namespace StageAware.Cli;

/// <summary>What the command line asked for.</summary>
internal sealed record CliOptions(
    string Command,
    string? Stage,
    string? Region,
    string? Profile,
    string Directory,
    bool Verbose)
{
    public const string Usage =
        "Usage: stageaware <synth|list> [--stage STAGE] [--region REGION] [--profile PROFILE] [--dir APP_FOLDER] [--verbose]";

    private static readonly HashSet<string> Commands = new() { "synth", "list" };

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

        string? stage = null, region = null, profile = null, directory = null;
        bool verbose = false;
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
                    verbose = true;
                    break;
                default:
                    throw new UsageException($"Unknown option '{arg}'.");
            }
        }

        string full = System.IO.Path.GetFullPath(directory ?? currentDirectory, currentDirectory);
        return new CliOptions(command, stage, region, profile, full, verbose);
    }

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
