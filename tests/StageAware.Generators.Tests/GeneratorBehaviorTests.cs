using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StageAware.Generators.Tests;

/// <summary>What the generator wires and what it leaves to the analyzer.</summary>
public sealed class GeneratorBehaviorTests
{
    private const string Usings = "using Amazon.CDK;\nusing Constructs;\n";

    [Fact]
    public void Clashing_classes_get_no_wiring_and_the_others_do()
    {
        string source = Usings + """
            namespace Notes.Api
            {
                public class StorageStack : Stack
                {
                    public StorageStack(Construct scope, string id, IStackProps? props) : base(scope, id, props) {}
                }
            }

            namespace Notes.Data
            {
                public class StorageStack : Stack
                {
                    public StorageStack(Construct scope, string id, IStackProps? props) : base(scope, id, props) {}
                }

                public class TableStack : Stack
                {
                    public TableStack(Construct scope, string id, IStackProps? props) : base(scope, id, props) { }
                }
            }
            """;

        (GeneratorRunResult run, Compilation output) = GeneratorHarness.Run(new[] { source });

        Assert.Equal(new[] { "Notes.Data.TableStack.g.cs" }, run.GeneratedSources.Select(s => s.HintName));
        Assert.Empty(output.GetDiagnostics());
    }

    [Fact]
    public void Without_the_runtime_nothing_is_generated()
    {
        (GeneratorRunResult run, _) = GeneratorHarness.Run(WiringCases.PlainStack.Sources, TestReferences.Cdk);

        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void Abstract_generic_and_hidden_stacks_are_not_wired()
    {
        string source = Usings + """
            public abstract class BaseStack : Stack
            {
                protected BaseStack(Construct scope, string id, IStackProps? props) : base(scope, id, props) { }
            }

            public class ServiceStack<T> : Stack
            {
                public ServiceStack(Construct scope, string id, IStackProps? props) : base(scope, id, props) { }
            }

            public class Outer
            {
                private class HiddenStack : Stack
                {
                    public HiddenStack(Construct scope, string id, IStackProps? props) : base(scope, id, props) { }
                }
            }

            public class SealedStack : Stack
            {
                private SealedStack(Construct scope, string id, IStackProps? props) : base(scope, id, props) { }
            }
            """;

        (GeneratorRunResult run, _) = GeneratorHarness.Run(new[] { source });

        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void Parameters_named_like_the_wiring_s_own_are_kept_and_the_wiring_s_renamed()
    {
        string source = Usings + """
            namespace Notes;

            public class NamesStack : Stack
            {
                public NamesStack(
                    Construct scope, string name, string app, string id, string stackId, IStackProps? props = null)
                    : base(scope, name, props)
                {
                }
            }
            """;

        (GeneratorRunResult run, Compilation output) = GeneratorHarness.Run(new[] { source });

        string generated = GeneratorHarness.Generated(run, "Notes.NamesStack.g.cs");
        Assert.Contains("this global::StageAware.StageAwareApp app1", generated);
        Assert.Contains("string? id1 = null", generated);
        Assert.Contains("var stackId1 = id1 ?? \"names\";", generated);
        Assert.Empty(output.GetDiagnostics());
    }

    [Fact]
    public void Obsolete_constructor_makes_an_obsolete_wiring_method()
    {
        string source = Usings + """
            namespace Notes;

            public class OldStack : Stack
            {
                [System.Obsolete("Use NewStack.")]
                public OldStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props) { }
            }
            """;

        (GeneratorRunResult run, Compilation output) = GeneratorHarness.Run(new[] { source });

        string generated = GeneratorHarness.Generated(run, "Notes.OldStack.g.cs");
        Assert.Contains("[global::System.Obsolete(\"Use NewStack.\")]", generated);
        Assert.Empty(output.GetDiagnostics());
    }

    [Fact]
    public void Oblivious_and_required_members_compile()
    {
        string source = Usings + """
            namespace Notes;

            public class ReportProps : StackProps
            {
                public required string Bucket { get; init; }
            }

            #nullable disable
            public class ReportStack : Stack
            {
                public ReportStack(Construct scope, string id, ReportProps props = null, string label = null)
                    : base(scope, id, props)
                {
                }
            }
            """;

        (GeneratorRunResult run, Compilation output) = GeneratorHarness.Run(new[] { source });

        string generated = GeneratorHarness.Generated(run, "Notes.ReportStack.g.cs");
        Assert.Contains("global::Notes.ReportProps? props = null,", generated);
        Assert.Contains("string? label = null,", generated);
        Assert.Contains("app.StackProps(stackId, props!)", generated);
        Assert.Empty(output.GetDiagnostics());
    }
}
