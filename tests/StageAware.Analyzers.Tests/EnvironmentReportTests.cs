using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StageAware.Analyzers.Tests;

/// <summary>STAGE001 and STAGE002: the constants they report, and where they flow from.</summary>
public sealed class EnvironmentReportTests
{
    [Fact]
    public Task Literals_in_the_env_of_stack_props() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;

        public static class Infra
        {
            public static void Build(App app)
            {
                _ = new Stack(app, {|STAGE003:"Storage"|}, new StackProps
                {
                    Env = new Environment { Account = {|STAGE001:"123456789012"|}, Region = {|STAGE002:"eu-west-1"|} },
                });
            }
        }
        """);

    [Fact]
    public Task Const_fields_of_any_class_even_named_like_the_property() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;

        public static class Accounts
        {
            public const string Prod = "123456789012";
        }

        public class Settings
        {
            public const string Region = "eu-west-1";
        }

        public static class Infra
        {
            private const string Account = Accounts.Prod;

            public static Environment Env() => new Environment
            {
                Account = {|STAGE001:Account|},
                Region = {|STAGE002:Settings.Region|},
            };
        }
        """);

    [Fact]
    public Task Constant_concatenation_and_interpolation() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;

        public static class Infra
        {
            private const string Digits = "123456";

            public static Environment Concatenated() =>
                new Environment { Account = {|STAGE001:Digits + "789012"|}, Region = {|STAGE002:"eu-" + "west-1"|} };

            public static Environment Interpolated() =>
                new Environment { Account = {|STAGE001:$"{Digits}789012"|}, Region = {|STAGE002:$"eu-west-1"|} };

            public static Environment ThroughLocals()
            {
                string area = "eu";
                string region = $"{area}-west-{1}";
                return new Environment { Region = {|STAGE002:area + "-west-1"|} };
            }
        }
        """);

    [Fact]
    public Task Fallback_of_an_environment_variable() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;

        public static class Infra
        {
            public static Environment Env() => new Environment
            {
                Account = System.Environment.GetEnvironmentVariable("ACCOUNT") ?? {|STAGE001:"123456789012"|},
                Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION") ?? {|STAGE002:"us-east-1"|},
            };
        }
        """);

    [Fact]
    public Task Env_of_a_class_derived_from_stack_props_and_of_stage_props() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;
        using Constructs;

        public class StorageStackProps : StackProps
        {
            public bool Encrypted { get; set; }
        }

        public class Pipeline : Stage
        {
            public Pipeline(Construct scope, string id, IStageProps props) : base(scope, id, props) { }
        }

        public static class Infra
        {
            public static void Build(App app)
            {
                var props = new StorageStackProps { Env = new Environment { Account = {|STAGE001:"123456789012"|} } };
                _ = new Pipeline(app, "Prod", new StageProps
                {
                    Env = new Environment { Region = {|STAGE002:"eu-west-1"|} },
                });
            }
        }
        """);

    [Fact]
    public Task Env_account_and_region_assigned_after_construction() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;

        public static class Infra
        {
            public static StackProps Props()
            {
                var props = new StackProps();
                props.Env = new Environment { Account = {|STAGE001:"123456789012"|} };
                var env = new Environment();
                env.Account = {|STAGE001:"210987654321"|};
                env.Region = {|STAGE002:"ap-southeast-2"|};
                return props;
            }
        }
        """);

    [Fact]
    public Task Environment_held_in_a_local_and_values_through_locals() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;

        public static class Infra
        {
            public static void Build(App app)
            {
                var account = "123456789012";
                string region = System.Environment.GetEnvironmentVariable("REGION") ?? "eu-west-1";
                var env = new Environment { Account = {|STAGE001:account|}, Region = {|STAGE002:region|} };
                _ = new Stack(app, app.Node.TryGetContext("id").ToString(), new StackProps { Env = env });
            }
        }
        """);

    [Fact]
    public Task Values_through_object_initializers_and_readonly_fields() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;

        public sealed class Target
        {
            public string Account { get; set; } = "";
            public string Region { get; set; } = "";
        }

        public static class Infra
        {
            private static readonly string DefaultRegion = "us-west-2";

            public static Environment Env()
            {
                var target = new Target { Account = "123456789012", Region = DefaultRegion };
                return new Environment { Account = {|STAGE001:target.Account|}, Region = {|STAGE002:target.Region|} };
            }
        }
        """);

    [Fact]
    public Task Environment_built_by_a_method_called_with_constants_reports_the_arguments() =>
        StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;

        public static class Environments
        {
            public static Environment Of(string account, string region) =>
                new Environment { Account = account, Region = region };

            public static Environment Wrapped(string account) => Of(account, {|STAGE002:"eu-west-1"|});
        }

        public static class Infra
        {
            public static void Build(App app)
            {
                _ = new Stack(app, app.Node.Id, new StackProps
                {
                    Env = Environments.Of({|STAGE001:"123456789012"|}, {|STAGE002:"eu-central-1"|}),
                });
                var env = Environments.Wrapped({|STAGE001:"210987654321"|});
            }
        }
        """);

    [Fact]
    public Task Environment_built_by_a_local_function_and_helper_values() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;

        public static class Infra
        {
            private static string Region => "eu-north-1";

            private static string Account() => "123456789012";

            public static void Build(App app)
            {
                Environment Env(string account) => new() { Account = account, Region = {|STAGE002:Region|} };

                _ = new Stack(app, app.Node.Id, new StackProps { Env = Env({|STAGE001:"111122223333"|}) });
                _ = new Environment { Account = {|STAGE001:Account()|} };
            }
        }
        """);

    [Fact]
    public Task In_top_level_statements() => StageAwareTest.AnalyzeAsync(
        """
        using Amazon.CDK;

        var app = new App();
        _ = new Stack(app, {|STAGE003:"Api"|}, new StackProps
        {
            Env = new Environment { Account = {|STAGE001:"123456789012"|}, Region = {|STAGE002:"us-east-1"|} },
        });
        app.Synth();
        """,
        kind: OutputKind.ConsoleApplication);

    [Fact]
    public Task In_a_classic_main() => StageAwareTest.AnalyzeAsync(
        """
        using Amazon.CDK;

        public static class Program
        {
            public static void Main()
            {
                var app = new App();
                _ = new Stack(app, {|STAGE003:"Api"|}, new StackProps
                {
                    Env = new Environment { Account = {|STAGE001:"123456789012"|}, Region = {|STAGE002:"us-east-1"|} },
                });
                app.Synth();
            }
        }
        """,
        kind: OutputKind.ConsoleApplication);
}
