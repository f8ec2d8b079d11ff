using System.Threading.Tasks;
using Xunit;

namespace StageAware.Analyzers.Tests;

/// <summary>STAGE003: the constant construct ids and stack names of top-level stacks, and the near misses.</summary>
public sealed class StackNameReportTests
{
    [Fact]
    public Task Constant_ids_of_top_level_stacks() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;
        using Constructs;

        public sealed class ApiStack : Stack
        {
            public ApiStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props) { }
        }

        public static class Ids
        {
            public const string Api = "Api";
        }

        public static class Infra
        {
            private static string Named(string name) => name + "-stack";

            private static string Same(string name) => name;

            public static void Build(App app)
            {
                _ = new ApiStack(app, {|STAGE003:"Api"|});
                _ = new ApiStack(app, {|STAGE003:Ids.Api|});
                var id = "Web";
                _ = new Stack(app, {|STAGE003:id|});
                _ = new Stack(app, {|STAGE003:$"Data{Ids.Api}"|});
                _ = new Stack(app, {|STAGE003:Named("Jobs")|});
                _ = new Stack(app, Same({|STAGE003:"Queue"|}));
            }
        }
        """);

    [Fact]
    public Task Constant_stack_names_of_stack_props() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;

        public sealed class ApiStackProps : StackProps
        {
        }

        public static class Infra
        {
            public static void Build(App app)
            {
                _ = new Stack(app, app.Node.Id + "x", new StackProps { StackName = {|STAGE003:"legacy-api"|} });
                var props = new ApiStackProps { StackName = {|STAGE003:"legacy-web"|} };
                props.StackName = {|STAGE003:"legacy-" + "jobs"|};
            }
        }
        """);

    [Fact]
    public Task Silent_inside_a_stage_for_nested_stacks_for_a_stage_id_and_for_run_time_ids() =>
        StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;
        using Constructs;

        public sealed class Tables : NestedStack
        {
            public Tables(Construct scope, string id) : base(scope, id) { }
        }

        public sealed class ApiStack : Stack
        {
            public ApiStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                _ = new Tables(this, "Tables");
            }
        }

        public sealed class Deployment : Stage
        {
            public Deployment(Construct scope, string id) : base(scope, id)
            {
                _ = new ApiStack(this, "Api", new StackProps { StackName = "api" });
                var props = new StackProps { StackName = "web" };
            }
        }

        public static class Infra
        {
            public static void Build(App app)
            {
                _ = new Deployment(app, "Prod");
                string stage = (string)app.Node.TryGetContext("stage");
                _ = new ApiStack(app, $"{stage}-api");
                _ = new ApiStack(app, stage + "-web");
                _ = new ApiStack(app, System.Environment.GetEnvironmentVariable("STACK") ?? stage);
                _ = new Stack(app, "Named", new StackProps { StackName = $"{stage}-named" });
            }
        }
        """);

    [Fact]
    public Task Silent_on_members_named_stack_name_of_other_types() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.CodePipeline;
        using Amazon.CDK.AWS.CodePipeline.Actions;

        public sealed class Deploy
        {
            public string StackName { get; set; } = "";
        }

        public static class Infra
        {
            public static void Build(Stack stack, ArtifactPath_ template)
            {
                _ = new Deploy { StackName = "api" };
                _ = new CloudFormationCreateUpdateStackAction(new CloudFormationCreateUpdateStackActionProps
                {
                    ActionName = "Deploy",
                    StackName = "api",
                    TemplatePath = template,
                    AdminPermissions = true,
                });
                _ = new Amazon.CDK.AWS.CodePipeline.StageProps { StageName = "Prod" };
                string name = stack.StackName;
            }
        }
        """);

    [Fact]
    public Task Silent_with_the_stage_api() => StageAwareTest.AnalyzeAsync("""
        using Amazon.CDK;
        using StageAware;

        public static class Infra
        {
            public static void Build(StageAwareApp app)
            {
                _ = new Stack(app, app.StackName("api"), app.StackProps("api", new StackProps()));
                _ = new Stack(app, "Web", app.StackProps("web", new StackProps()));
                _ = new Stack(app, app.StackName("jobs"), new StackProps { Env = app.Env });
            }
        }
        """);
}
