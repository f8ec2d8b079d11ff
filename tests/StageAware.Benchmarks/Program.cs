using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using StageAware.Benchmarks;

// Usage:
//   check [--stacks N]                     the checks the figures rely on (compiles, rules fire, generator caches)
//   write-solution --out DIR --projects P --stacks S --runtime A;B --analyzers X;Y;Z
//                                          the synthetic solution that tests/Benchmarks/build-ratio.sh builds
//   [--stacks N[,M]] [BenchmarkDotNet arguments]
//                                          the benchmarks; without --job, a job made for runs of seconds
return args.FirstOrDefault() switch
{
    "check" => Check(Option(args, "--stacks") is { } n ? Parse(n) : 100),
    "write-solution" => WriteSolution(args),
    _ => Benchmark(args),
};

static int Check(int stacks)
{
    StackCompilation app = StackCompilation.Create(stacks);
    CheckResult[] results =
    {
        Checks.Compiles(app),
        Checks.AnalyzersFindViolations(app, Console.Error.WriteLine),
        Checks.GeneratorRegeneratesNothing(app, app.EditMethodBody().Compilation, "an edit in a helper's body"),
        Checks.GeneratorRegeneratesNothing(app, app.EditKeystroke().Compilation, "a keystroke in a constructor"),
    };
    foreach (CheckResult result in results)
    {
        Console.WriteLine(result);
    }

    return results.All(r => r.Passed) ? 0 : 1;
}

static int WriteSolution(string[] args)
{
    string folder = Option(args, "--out") ?? throw new ArgumentException("write-solution needs --out DIR");
    SolutionWriter.Write(
        folder,
        Parse(Option(args, "--projects") ?? "10"),
        Parse(Option(args, "--stacks") ?? "100"),
        Paths(Option(args, "--runtime")),
        Paths(Option(args, "--analyzers")));
    return 0;
}

static int Benchmark(string[] args)
{
    if (Option(args, "--stacks") is { } sizes)
    {
        Environment.SetEnvironmentVariable(Sizes.Variable, sizes);
    }

    List<string> rest = Without(args, "--stacks");
    IConfig config = DefaultConfig.Instance;
    if (rest.Contains("--job") || rest.Contains("-j"))
    {
        // A job named on the command line, run in this process: no generated project to build.
        if (!rest.Contains("--inProcess"))
        {
            rest.Add("--inProcess");
        }
    }
    else
    {
        // Each operation takes from milliseconds to seconds: one invocation per iteration, in this process.
        config = config.AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(7)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(rest.ToArray(), config);
    return 0;
}

static string? Option(string[] args, string name)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static List<string> Without(string[] args, string name)
{
    var rest = new List<string>(args);
    int at = rest.IndexOf(name);
    if (at >= 0)
    {
        rest.RemoveRange(at, Math.Min(2, rest.Count - at));
    }

    return rest;
}

static int Parse(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

static string[] Paths(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
