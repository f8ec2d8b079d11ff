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
}
