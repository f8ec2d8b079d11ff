using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace StageAware.FakeAws;

/// <summary>Runs the server on its own: <c>dotnet run --project tests/StageAware.FakeAws -- --port 4566</c>.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        int port = 0;
        string account = "111111111111";
        int operationMs = 0;
        var failures = new System.Collections.Generic.List<(string Match, string? Reason)>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Length:
                    port = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--account" when i + 1 < args.Length:
                    account = args[++i];
                    break;
                case "--operation-ms" when i + 1 < args.Length:
                    operationMs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--fail" when i + 1 < args.Length && args[i + 1].Contains('='):
                    string[] rule = args[++i].Split('=', 2);
                    failures.Add((rule[0], rule[1]));
                    break;
                case "--never-stabilize" when i + 1 < args.Length:
                    failures.Add((args[++i], null));
                    break;
                default:
                    Console.Error.WriteLine(
                        "usage: StageAware.FakeAws [--port N] [--account 123456789012] [--operation-ms N] " +
                        "[--fail LOGICAL_ID_OR_TYPE=REASON]... [--never-stabilize LOGICAL_ID_OR_TYPE]...");
                    return 2;
            }
        }

        var options = new FakeAwsOptions { Port = port, Account = account, OperationDuration = TimeSpan.FromMilliseconds(operationMs) };
        await using FakeAwsServer server = FakeAwsServer.Start(options);
        foreach ((string match, string? reason) in failures)
        {
            if (reason == null)
            {
                server.NeverStabilize(match);
            }
            else
            {
                server.FailResource(match, reason);
            }
        }

        Console.WriteLine($"Fake AWS on {server.Url} (account {server.Account}); Ctrl-C stops it.");
        Console.WriteLine($"  export AWS_ENDPOINT_URL={server.Url} AWS_EC2_METADATA_DISABLED=true");
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        int seen = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(200, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var requests = server.Requests;
            for (; seen < requests.Count; seen++)
            {
                RecordedRequest r = requests[seen];
                Console.WriteLine($"{r.Status} {r.Service} {r.Region} {r.Action} {r.StackName ?? r.Key ?? ""} {r.ErrorCode ?? ""}".TrimEnd());
            }
        }

        return 0;
    }
}
