using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace StageAware.Cli;

/// <summary>Runs a child process with its own environment, collecting its output lines as they come.</summary>
internal static class ChildProcess
{
    public static async Task<(int ExitCode, IReadOnlyList<string> Output)> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        Action<string>? onLine,
        CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The child sees exactly the environment it is given, nothing of this process's own.
        start.Environment.Clear();
        foreach ((string name, string? value) in environment)
        {
            if (value != null)
            {
                start.Environment[name] = value;
            }
        }

        var output = new List<string>();
        void Collect(string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (output)
            {
                output.Add(line);
            }

            onLine?.Invoke(line);
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await process.WaitForExitAsync(cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: stop the CDK CLI and the app it started, then say so.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        // WaitForExitAsync returns once the process exits; the last lines may still be in flight.
        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToArray());
        }
    }
}
