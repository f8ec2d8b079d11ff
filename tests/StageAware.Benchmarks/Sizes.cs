using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace StageAware.Benchmarks;

/// <summary>The numbers of stacks to measure: 100 and 1,000, or the list in <c>STAGEAWARE_BENCH_STACKS</c>.</summary>
public static class Sizes
{
    public const string Variable = "STAGEAWARE_BENCH_STACKS";

    public static IEnumerable<int> Stacks()
    {
        string? sizes = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(sizes)
            ? new[] { 100, 1000 }
            : sizes.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(size => int.Parse(size, NumberStyles.None, CultureInfo.InvariantCulture));
    }
}
