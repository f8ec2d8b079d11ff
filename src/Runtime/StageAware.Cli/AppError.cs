using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace StageAware.Cli;

/// <summary>Finds, in what the CDK CLI and the app printed, the app's own error.</summary>
internal static class AppError
{
    private const string Unhandled = "Unhandled exception. ";
    private const string OwnException = "StageAware.StageAwareException: ";

    private static readonly Regex BuildError = new(@"error [A-Z]+[0-9]+:", RegexOptions.CultureInvariant);

    public static string Extract(IReadOnlyList<string> output)
    {
        // A .NET app that throws prints the exception, then its stack trace.
        int start = -1;
        for (int i = 0; i < output.Count; i++)
        {
            if (output[i].Contains(Unhandled, StringComparison.Ordinal))
            {
                start = i;
                break;
            }
        }

        if (start >= 0)
        {
            string line = output[start];
            string first = line.Substring(line.IndexOf(Unhandled, StringComparison.Ordinal) + Unhandled.Length);
            var lines = new List<string>
            {
                first.StartsWith(OwnException, StringComparison.Ordinal) ? first.Substring(OwnException.Length) : first,
            };
            for (int i = start + 1; i < output.Count && !IsStackFrame(output[i]); i++)
            {
                // An inner exception (" ---> ...") belongs to the line of the exception that wraps it.
                string trimmed = output[i].Trim();
                if (trimmed.StartsWith("--->", StringComparison.Ordinal))
                {
                    lines[lines.Count - 1] += " " + trimmed;
                }
                else
                {
                    lines.Add(output[i]);
                }
            }

            // One line, as the CLI says what went wrong: the lines of a message that has several are joined.
            return string.Join(" ", lines.Select(l => l.Trim()).Where(l => l.Length > 0));
        }

        // The app did not build: the compiler's first error says why.
        string? buildError = output.FirstOrDefault(l => BuildError.IsMatch(l));
        if (buildError != null)
        {
            return "the app does not build: " + buildError.Trim();
        }

        string? last = output.LastOrDefault(l => l.Trim().Length > 0);
        return last?.Trim() ?? "the app printed nothing";
    }

    private static bool IsStackFrame(string line)
    {
        string trimmed = line.TrimStart();
        return trimmed.StartsWith("at ", StringComparison.Ordinal)
            || trimmed.StartsWith("--- ", StringComparison.Ordinal);
    }
}
