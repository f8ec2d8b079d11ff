using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace StageAware.Generators.Tests;

/// <summary>STAGE100-103: each stack class that cannot be wired is reported, and near misses stay silent.</summary>
public sealed class AnalyzerTests
{
    private const string Usings = """
        using Amazon.CDK;
        using Constructs;

        """;

    [Fact]
    public Task Wireable_stack_is_silent() => AnalyzerVerifier.VerifyAsync(Usings + """
        namespace Notes;

        public class StorageStack : Stack
        {
            public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
            }
        }
        """);

    [Fact]
    public Task Stack_without_constructor_is_STAGE100() => AnalyzerVerifier.VerifyAsync(Usings + """
        public class {|STAGE100:EmptyStack|} : Stack
        {
        }
        """);

    [Fact]
    public Task Stack_without_props_parameter_is_STAGE100() => AnalyzerVerifier.VerifyAsync(Usings + """
        public class {|STAGE100:BareStack|} : Stack
        {
            public BareStack(Construct scope, string id) : base(scope, id)
            {
            }
        }
        """);

    [Fact]
    public Task Stack_with_two_props_parameters_is_STAGE100() => AnalyzerVerifier.VerifyAsync(Usings + """
        public class {|STAGE100:DoubleStack|} : Stack
        {
            public DoubleStack(Construct scope, string id, IStackProps first, StackProps second)
                : base(scope, id, first)
            {
            }
        }
        """);

    [Fact]
    public Task Props_implementing_IStackProps_without_StackProps_is_STAGE100() => AnalyzerVerifier.VerifyAsync(
        Usings + """
        public interface IStorageProps : IStackProps
        {
        }

        public class {|STAGE100:StorageStack|} : Stack
        {
            public StorageStack(Construct scope, string id, IStorageProps props) : base(scope, id, props)
            {
            }
        }
        """);

    [Fact]
    public Task Scope_that_the_app_cannot_be_is_STAGE100() => AnalyzerVerifier.VerifyAsync(Usings + """
        public class {|STAGE100:ChildStack|} : Stack
        {
            public ChildStack(Stack parent, string id, IStackProps? props = null) : base(parent, id, props)
            {
            }
        }
        """);

    [Fact]
    public async Task STAGE100_message_names_the_class_and_the_fix()
    {
        var test = new AnalyzerVerifier();
        test.TestState.Sources.Add(Usings + """
            namespace Notes;

            public class BareStack : Stack
            {
                public BareStack(Construct scope, string id) : base(scope, id)
                {
                }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(WiringRules.NoEligibleConstructor)
            .WithSpan(5, 14, 5, 23)
            .WithArguments("Notes.BareStack", "no constructor takes an IStackProps or StackProps parameter"));

        await test.RunAsync();
    }

    [Fact]
    public async Task STAGE100_message_for_a_class_without_constructor_says_so()
    {
        var test = new AnalyzerVerifier();
        test.TestState.Sources.Add(Usings + "public class EmptyStack : Stack { }");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(WiringRules.NoEligibleConstructor)
            .WithSpan(3, 14, 3, 24)
            .WithArguments("EmptyStack", "it declares no constructor"));

        await test.RunAsync();
    }

    [Fact]
    public Task Private_nested_stack_is_STAGE101() => AnalyzerVerifier.VerifyAsync(Usings + """
        public static class Stacks
        {
            private class {|STAGE101:HiddenStack|} : Stack
            {
                public HiddenStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                {
                }
            }

            protected internal class VisibleStack : Stack
            {
                public VisibleStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                {
                }
            }
        }
        """);

    [Fact]
    public Task Protected_nested_stack_is_STAGE101() => AnalyzerVerifier.VerifyAsync(Usings + """
        public class Outer
        {
            protected class {|STAGE101:GuardedStack|} : Stack
            {
                public GuardedStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                {
                }
            }
        }
        """);

    [Fact]
    public Task Private_constructors_only_is_STAGE101() => AnalyzerVerifier.VerifyAsync(Usings + """
        public class {|STAGE101:SingletonStack|} : Stack
        {
            private SingletonStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
            }

            protected SingletonStack(Construct scope, string id, StackProps props, int size) : base(scope, id, props)
            {
            }

            public static SingletonStack Create(Construct scope) => new(scope, "singleton");
        }
        """);

    [Fact]
    public Task Generic_stack_is_STAGE102() => AnalyzerVerifier.VerifyAsync(Usings + """
        public class {|STAGE102:ServiceStack|}<TService> : Stack
        {
            public ServiceStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
            }
        }

        public class Container<T>
        {
            public class {|STAGE102:InnerStack|} : Stack
            {
                public InnerStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                {
                }
            }
        }
        """);

    [Fact]
    public async Task Same_class_name_in_two_namespaces_names_both()
    {
        var test = new AnalyzerVerifier();
        test.TestState.Sources.Add(Usings + """
            namespace Notes.Api
            {
                public class {|#0:StorageStack|} : Stack
                {
                    public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                    {
                    }
                }
            }

            namespace Notes.Data
            {
                public class {|#1:StorageStack|} : Stack
                {
                    public StorageStack(Construct scope, string id, StackProps props) : base(scope, id, props)
                    {
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(WiringRules.NameClash)
            .WithLocation(0)
            .WithLocation(1)
            .WithArguments(
                "Notes.Api.StorageStack",
                "Notes.Data.StorageStack",
                "'AddStorageStack' with the default id 'storage'"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(WiringRules.NameClash)
            .WithLocation(1)
            .WithLocation(0)
            .WithArguments(
                "Notes.Data.StorageStack",
                "Notes.Api.StorageStack",
                "'AddStorageStack' with the default id 'storage'"));

        await test.RunAsync();
    }

    [Fact]
    public Task Names_giving_the_same_default_id_are_STAGE103() => AnalyzerVerifier.VerifyAsync(Usings + """
        public class {|STAGE103:Storage|} : Stack
        {
            public Storage(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
            }
        }

        public class {|STAGE103:StorageStack|} : Stack
        {
            public StorageStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
            }
        }

        public class {|STAGE100:Unwired|} : Stack
        {
        }
        """);

    [Fact]
    public Task Abstract_stack_is_silent() => AnalyzerVerifier.VerifyAsync(Usings + """
        public abstract class BaseStack : Stack
        {
            protected BaseStack(Construct scope, string id) : base(scope, id)
            {
            }
        }
        """);

    [Fact]
    public Task Class_that_is_not_a_stack_is_silent() => AnalyzerVerifier.VerifyAsync(Usings + """
        public class Bucket : Construct
        {
            public Bucket(Construct scope, string id) : base(scope, id)
            {
            }
        }

        public class StackLike
        {
        }
        """);

    [Fact]
    public Task Stack_without_the_runtime_is_silent() => AnalyzerVerifier.VerifyAsync(withRuntime: false, Usings + """
        public class BareStack : Stack
        {
            public BareStack(Construct scope, string id) : base(scope, id)
            {
            }
        }

        public class Container<T>
        {
            public class InnerStack : Stack
            {
                public InnerStack(Construct scope, string id) : base(scope, id)
                {
                }
            }
        }
        """);
}
