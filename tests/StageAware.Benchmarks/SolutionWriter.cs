using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;

namespace StageAware.Benchmarks;

/// <summary>
/// Writes the synthetic CDK solution that build-ratio.sh builds: several CDK app projects of N stacks each, the
/// same stacks as the benchmarks compile. Every project references the stage-aware runtime; the StageAware analyzers
/// and generator are added as <c>Analyzer</c> items only when the build sets <c>WithStageAware=true</c>, so the two
/// builds differ in nothing else.
/// </summary>
public static class SolutionWriter
{
    public static void Write(
        string folder, int projects, int stacksPerProject, IReadOnlyList<string> runtime, IReadOnlyList<string> analyzers)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), BuildProps(runtime, analyzers));
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");

        var solution = new StringBuilder("<Solution>\n");
        for (int project = 0; project < projects; project++)
        {
            string name = "Synthetic.App" + project.ToString("D2", CultureInfo.InvariantCulture);
            string directory = Path.Combine(folder, name);
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, name + ".csproj"), ProjectFile);

            // Stack numbers run on across projects, so every project has its own classes and rule-breakers.
            int first = project * stacksPerProject;
            for (int index = first; index < first + stacksPerProject; index++)
            {
                File.WriteAllText(
                    Path.Combine(directory, SyntheticApp.StackClass(index) + ".cs"), SyntheticApp.Stack(name, index));
            }

            File.WriteAllText(
                Path.Combine(directory, "Program.cs"), SyntheticApp.Program(name, first, stacksPerProject));
            solution.Append("  <Project Path=\"").Append(name).Append('/').Append(name).Append(".csproj\" />\n");
        }

        File.WriteAllText(Path.Combine(folder, "Synthetic.slnx"), solution.Append("</Solution>\n").ToString());
    }

    private const string ProjectFile = """
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>
            <PackageReference Include="Amazon.CDK.Lib" Version="2.160.0" />
          </ItemGroup>
        </Project>

        """;

    private static string BuildProps(IReadOnlyList<string> runtime, IReadOnlyList<string> analyzers)
    {
        string references = string.Concat(runtime.Select(path => $"    <Reference Include=\"{Escape(path)}\" />\n"));
        string analyzerItems = string.Concat(analyzers.Select(path => $"    <Analyzer Include=\"{Escape(path)}\" />\n"));
        return $"""
            <Project>
              <!-- A CDK app per project, as a team with many services has; settings as in a typical CDK C# app. -->
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <LangVersion>latest</LangVersion>
                <NoWarn>$(NoWarn);NU1603;CS0618</NoWarn>
              </PropertyGroup>
              <ItemGroup>
            {references}  </ItemGroup>
              <!-- What the StageAware package adds under analyzers/dotnet/cs: only in the builds with StageAware. -->
              <ItemGroup Condition="'$(WithStageAware)' == 'true'">
            {analyzerItems}  </ItemGroup>
            </Project>

            """;
    }

    private static string Escape(string path) => SecurityElement.Escape(path);
}
