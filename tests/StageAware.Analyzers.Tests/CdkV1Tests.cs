using System.Threading.Tasks;
using Xunit;

namespace StageAware.Analyzers.Tests;

/// <summary>The rules against a CDK v1-shaped assembly (<c>Amazon.CDK</c>, with Construct in it).</summary>
public sealed class CdkV1Tests
{
    [Fact]
    public Task Reports_account_region_and_stack_ids() => StageAwareTest.AnalyzeAsync(
        """
        using Amazon.CDK;

        public sealed class ApiStack : Stack
        {
            public ApiStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props) { }
        }

        public static class Program
        {
            private const string Prod = "123456789012";

            public static void Build()
            {
                var app = new App();
                _ = new ApiStack(app, {|STAGE003:"Api"|}, new StackProps
                {
                    Env = new Environment { Account = {|STAGE001:Prod|}, Region = {|STAGE002:"eu-west-1"|} },
                    StackName = {|STAGE003:"api"|},
                });
                app.Synth();
            }
        }
        """,
        Cdk.V1);

    [Fact]
    public Task Silent_in_stages_nested_stacks_and_run_time_values() => StageAwareTest.AnalyzeAsync(
        """
        using Amazon.CDK;

        public sealed class Tables : NestedStack
        {
            public Tables(Construct scope, string id) : base(scope, id) { }
        }

        public sealed class Deployment : Stage
        {
            public Deployment(Construct scope, string id) : base(scope, id)
            {
                var stack = new Stack(this, "Api");
                _ = new Tables(stack, "Tables");
            }
        }

        public static class Program
        {
            public static void Build()
            {
                var app = new App();
                _ = new Deployment(app, "Prod");
                _ = new Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT") };
            }
        }
        """,
        Cdk.V1);
}
