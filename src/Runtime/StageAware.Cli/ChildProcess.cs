using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace StageAware.Cli;

/// <summary>Runs a child process with its own environment, collecting its output lines as they come.</summary>
internal static class ChildProcess
{
    private const int SigInt = 2;

    /// <summary>How long an interrupted child may take to stop before it is killed.</summary>
    public static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(10);

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
            // Ctrl-C: ask the CDK CLI to stop as the terminal would, give it time to end cleanly, then make sure.
            Interrupt(process);
            using var grace = new CancellationTokenSource(InterruptGrace);
            try
            {
                await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }

            throw;
        }

        // WaitForExitAsync returns once the process exits; the last lines may still be in flight.
        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToArray());
        }
    }

    private static void Interrupt(Process process)
    {
        if (OperatingSystem.IsWindows() || SendSignal(process.Id, SigInt) != 0)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
