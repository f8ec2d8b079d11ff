using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using StageAware;
using StageAware.Cli;

var environment = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
{
    environment[(string)entry.Key] = (string?)entry.Value ?? "";
}

// The personal stage comes from the user name: USER or USERNAME, else the account the process runs as (a container
// or a CI image often sets neither variable).
if (string.IsNullOrEmpty(environment.GetValueOrDefault("USER"))
    && string.IsNullOrEmpty(environment.GetValueOrDefault("USERNAME")))
{
    environment["USER"] = Environment.UserName;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C stops the CDK CLI cleanly; the CLI then says what state it left.
    e.Cancel = true;
    cancellation.Cancel();
};

// A person can answer questions only on a terminal, and never in CI.
bool interactive = !Console.IsInputRedirected
    && !PersonalStage.IsContinuousIntegration(n => environment.GetValueOrDefault(n));
var cli = new StageAwareCli(
    Console.Out, Console.Error, environment, Directory.GetCurrentDirectory(), Console.In.ReadLine, interactive);
return await cli.RunAsync(args, cancellation.Token);
