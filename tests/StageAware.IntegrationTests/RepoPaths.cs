using System;
using System.IO;

namespace StageAware.IntegrationTests;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    public static string TestApp(string name) => Path.Combine(Root, "tests", "Apps", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no Analyzers.sln above " + AppContext.BaseDirectory);
    }
}
