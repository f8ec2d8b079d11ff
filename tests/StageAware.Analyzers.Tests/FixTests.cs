using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StageAware.Analyzers.Tests;

/// <summary>Make stage-aware: each fix alone and Fix All give code that compiles and that no rule reports.</summary>
public sealed class FixTests
{
    private const string StorageStack = """
        using Amazon.CDK;
        using Constructs;

        namespace Notes;

        public sealed class StorageStack : Stack
        {
            public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props) { }
        }

        """;

    [Fact]
    public Task Stack_with_wiring_goes_through_the_wiring_and_the_app_becomes_stage_aware() => StageAwareTest.FixAsync(
        StorageStack + """
        public static class Program
        {
            public static void Main()
            {
                var app = new App();

                // The storage of the notes.
                _ = new StorageStack(app, {|STAGE003:"Storage"|}, new StackProps
                {
                    Env = new Environment { Account = {|STAGE001:"123456789012"|}, Region = {|STAGE002:"eu-west-1"|} },
                    Description = "x",
                });
                app.Synth();
            }
        }
        """,
        StorageStack.Replace("using Constructs;\n", "using Constructs;\nusing StageAware;\n") + """
        public static class Program
        {
            public static void Main()
            {
                var app = new StageAwareApp();

                // The storage of the notes.
                _ = app.AddStorageStack(new StackProps
                {
                    Description = "x",
                }, id: "Storage");
                app.Synth();
            }
        }
        """,
        OutputKind.ConsoleApplication);

    [Fact]
    public Task Stack_without_wiring_gets_the_stage_stack_name_and_loses_env_and_stack_name() =>
        StageAwareTest.FixAsync(
        """
        using Amazon.CDK;

        public static class Infra
        {
            public static void Build(App app)
            {
                _ = new Stack(app, {|STAGE003:"Api"|}, new StackProps
                {
                    Env = new Environment { Account = {|STAGE001:"123456789012"|} },
                    StackName = {|STAGE003:"legacy-api"|},
                });
                _ = new Stack(app, {|STAGE003:"Web"|}, new StackProps { Description = "w", Env = new Environment { Region = {|STAGE002:"r"|} } });
            }
        }
        """,
        """
        using Amazon.CDK;
        using StageAware;

        public static class Infra
        {
            public static void Build(App app)
            {
                _ = new Stack(app, StageAwareApp.Of(app).StackName("Api"), new StackProps());
                _ = new Stack(app, StageAwareApp.Of(app).StackName("Web"), new StackProps { Description = "w" });
            }
        }
        """,
        cdk: Cdk.V2WithoutWiring);

    [Fact]
    public Task Environment_in_a_local_and_assignments_after_construction_are_removed() => StageAwareTest.FixAsync(
        """
        using Amazon.CDK;

        public static class Infra
        {
            public static StackProps Props()
            {
                // Where the stack goes.
                var env = new Environment { Account = {|STAGE001:"123456789012"|}, Region = {|STAGE002:"eu-west-1"|} };
                var props = new StackProps { Env = env, Description = "api" };
                env.Region = {|STAGE002:"eu-west-2"|};
                props.Env = new Environment { Account = {|STAGE001:"123456789012"|} };
                return props;
            }
        }
        """,
        """
        using Amazon.CDK;

        public static class Infra
        {
            public static StackProps Props()
            {
                // Where the stack goes.
                var env = new Environment();
                var props = new StackProps { Env = env, Description = "api" };
                return props;
            }
        }
        """);

    [Fact]
    public Task Environment_from_a_helper_goes_with_its_env_member() => StageAwareTest.FixAsync(
        """
        using Amazon.CDK;

        public static class Environments
        {
            public static Environment Of(string account, string region) => new() { Account = account, Region = region };
        }

        public static class Infra
        {
            public static StackProps Props() => new StackProps
            {
                Description = "api",
                Env = Environments.Of({|STAGE001:"123456789012"|}, {|STAGE002:"eu-west-1"|}),
                StackName = {|STAGE003:"api"|},
            };
        }
        """,
        """
        using Amazon.CDK;

        public static class Environments
        {
            public static Environment Of(string account, string region) => new() { Account = account, Region = region };
        }

        public static class Infra
        {
            public static StackProps Props() => new StackProps
            {
                Description = "api",
            };
        }
        """);

    [Fact]
    public Task Stage_props_lose_their_env() => StageAwareTest.FixAsync(
        """
        using Amazon.CDK;
        using Constructs;

        public class Deployment : Stage
        {
            public Deployment(Construct scope, string id, IStageProps props) : base(scope, id, props) { }
        }

        public static class Infra
        {
            public static void Build(App app)
            {
                _ = new Deployment(app, "Prod", new StageProps
                {
                    Env = new Environment { Account = {|STAGE001:"123456789012"|}, Region = {|STAGE002:"eu-west-1"|} },
                });
            }
        }
        """,
        """
        using Amazon.CDK;
        using Constructs;

        public class Deployment : Stage
        {
            public Deployment(Construct scope, string id, IStageProps props) : base(scope, id, props) { }
        }

        public static class Infra
        {
            public static void Build(App app)
            {
                _ = new Deployment(app, "Prod", new StageProps());
            }
        }
        """);

    [Fact]
    public Task Top_level_program_with_several_stacks_and_one_app() => StageAwareTest.FixAsync(
        """
        using Amazon.CDK;
        using Constructs;
        using Notes;

        var app = new App(new AppProps { AnalyticsReporting = false });
        var storage = new StorageStack(app, {|STAGE003:"storage"|}, new StackProps
        {
            Env = new Environment { Account = {|STAGE001:"123456789012"|}, Region = {|STAGE002:"us-east-1"|} },
        });
        _ = new AuthStack(app, {|STAGE003:"Auth"|}, storage, new StackProps { Env = new Environment { Region = {|STAGE002:"r"|} } });
        _ = new Stack(app, {|STAGE003:"Extra"|});
        app.Synth();

        namespace Notes
        {
            public sealed class StorageStack : Stack
            {
                public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props) { }
            }

            public sealed class AuthStack : Stack
            {
                public AuthStack(Construct scope, string id, StorageStack storage, IStackProps? props = null)
                    : base(scope, id, props) { }
            }
        }
        """,
        """
        using Amazon.CDK;
        using Constructs;
        using Notes;
        using StageAware;

        var app = new StageAwareApp(new AppProps { AnalyticsReporting = false });
        var storage = app.AddStorageStack();
        _ = app.AddAuthStack(storage, id: "Auth");
        _ = new Stack(app, app.StackName("Extra"));
        app.Synth();

        namespace Notes
        {
            public sealed class StorageStack : Stack
            {
                public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props) { }
            }

            public sealed class AuthStack : Stack
            {
                public AuthStack(Construct scope, string id, StorageStack storage, IStackProps? props = null)
                    : base(scope, id, props) { }
            }
        }
        """,
        OutputKind.ConsoleApplication);

    [Fact]
    public Task Stack_name_statements_go_and_a_helper_returning_props_keeps_its_diagnostic() => StageAwareTest.FixAsync(
        """
        using Amazon.CDK;

        public static class Infra
        {
            private static StackProps Props(string account) => new() { Env = new Environment { Account = account } };

            public static StackProps Build()
            {
                var props = Props({|STAGE001:"123456789012"|});
                props.StackName = {|STAGE003:"legacy"|};
                return props;
            }
        }
        """,
        """
        using Amazon.CDK;

        public static class Infra
        {
            private static StackProps Props(string account) => new() { Env = new Environment { Account = account } };

            public static StackProps Build()
            {
                var props = Props({|STAGE001:"123456789012"|});
                return props;
            }
        }
        """);

    [Fact]
    public Task Without_the_runtime_no_fix_is_offered() => StageAwareTest.FixAsync(
        """
        using Amazon.CDK;

        public static class Infra
        {
            public static Environment Env() => new Environment { Region = {|STAGE002:"eu-west-1"|} };
        }
        """,
        """
        using Amazon.CDK;

        public static class Infra
        {
            public static Environment Env() => new Environment { Region = {|STAGE002:"eu-west-1"|} };
        }
        """,
        cdk: Cdk.V2WithoutRuntime);
}
