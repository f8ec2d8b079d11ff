using System.Collections.Generic;
using Xunit;

namespace StageAware.Generators.Tests;

/// <summary>Representative stack classes, each with the generated file compared to Expected/{Name}.g.cs.</summary>
public sealed class WiringCase
{
    public WiringCase(string name, string hintName, params string[] sources)
    {
        Name = name;
        HintName = hintName;
        Sources = sources;
    }

    public string Name { get; }

    public string HintName { get; }

    public IReadOnlyList<string> Sources { get; }

    public override string ToString() => Name;
}

public static class WiringCases
{
    public const string StorageStack = """
        using Amazon.CDK;
        using Constructs;

        namespace Notes
        {
            public class StorageStack : Stack
            {
                public StorageStack(Construct scope, string id, IStackProps? props = null)
                    : base(scope, id, props)
                {
                }
            }
        }
        """;

    public static readonly WiringCase PlainStack = new("PlainStack", "Notes.StorageStack.g.cs", StorageStack);

    public static readonly WiringCase ExtraParameters = new("ExtraParameters", "Notes.AuthStack.g.cs", StorageStack, """
        using Amazon.CDK;
        using Constructs;

        namespace Notes
        {
            public class AuthStack : Stack
            {
                public AuthStack(
                    Construct scope,
                    string id,
                    StorageStack storage,
                    IStackProps? props = null,
                    int retention = 7,
                    string label = "a\"b")
                    : base(scope, id, props)
                {
                    Storage = storage;
                    Label = label + retention;
                }

                public StorageStack Storage { get; }

                public string Label { get; }
            }
        }
        """);

    public static readonly WiringCase CustomProps = new("CustomProps", "Notes.StorageStack.g.cs", """
        using Amazon.CDK;
        using Constructs;

        namespace Notes
        {
            public class StorageStackProps : StackProps
            {
                public string? BucketSuffix { get; set; }
            }

            public abstract class TableProps : StackProps
            {
            }

            public class StorageStack : Stack
            {
                public StorageStack(Construct scope, string id, StorageStackProps? props = null)
                    : base(scope, id, props)
                {
                }

                internal StorageStack(IConstruct scope, string id, TableProps props, bool encrypted)
                    : base((Construct)scope, id, props)
                {
                }
            }
        }
        """);

    public static readonly WiringCase NestedNamespaces = new(
        "NestedNamespaces", "Company.Notes.Api.NotesApiStack.g.cs", """
        namespace Company
        {
            namespace Notes.Api
            {
                using Amazon.CDK;
                using Constructs;

                internal sealed class NotesApiStack : Stack
                {
                    public NotesApiStack(Construct scope, string id, IStackProps props)
                        : base(scope, id, props)
                    {
                    }
                }
            }
        }
        """);

    public static readonly WiringCase FileScopedNamespace = new(
        "FileScopedNamespace", "Notes.Data.TableStack.g.cs", """
        using Amazon.CDK;
        using Constructs;

        namespace Notes.Data;

        public class TableStack : Stack
        {
            public TableStack(Construct scope, string id, StackProps? props = null)
                : base(scope, id, props)
            {
            }
        }
        """);

    public static readonly WiringCase PartialClass = new(
        "PartialClass",
        "Notes.QueueStack.g.cs",
        """
        using Amazon.CDK;
        using Constructs;

        namespace Notes;

        public partial class QueueStack : Stack
        {
            public QueueStack(Construct scope, string id, IStackProps? props = null)
                : base(scope, id, props)
            {
                Configure();
            }
        }
        """,
        """
        using Amazon.CDK;

        namespace Notes;

        public partial class QueueStack : Stack
        {
            public QueueStack(Constructs.Construct scope, string id, int visibility, IStackProps? props = null)
                : this(scope, id, props)
            {
            }

            partial void Configure();
        }
        """);

    public static readonly WiringCase NestedClass = new("NestedClass", "Notes.Stacks.Monitoring.AlarmStack.g.cs", """
        using Amazon.CDK;
        using Constructs;

        namespace Notes;

        public static class Stacks
        {
            internal static class Monitoring
            {
                public class AlarmStack : Stack
                {
                    public AlarmStack(Construct scope, string id, IStackProps? props = null)
                        : base(scope, id, props)
                    {
                    }
                }
            }
        }
        """);

    public static readonly WiringCase GlobalNamespace = new("GlobalNamespace", "EdgeStack.g.cs", """
        using Amazon.CDK;
        using Constructs;

        public class EdgeStack : Stack
        {
            public EdgeStack(Construct scope, string id, IStackProps? props = null)
                : base(scope, id, props)
            {
            }
        }
        """);

    public static readonly WiringCase XmlDocs = new("XmlDocs", "Notes.ApiStack.g.cs", StorageStack, """
        using Amazon.CDK;
        using Constructs;

        namespace Notes;

        /// <summary>The HTTP API of the notes app.</summary>
        public class ApiStack : Stack
        {
            /// <summary>
            /// Creates the API in <paramref name="scope"/>, reading notes from the
            /// table of <see cref="StorageStack"/>.
            /// </summary>
            /// <param name="scope">The app or stage.</param>
            /// <param name="id">The construct id.</param>
            /// <param name="storage">Where the notes live; see <paramref name="props"/> for the rest.</param>
            /// <param name="props">The stack's props, &lt;env&gt; included.</param>
            public ApiStack(Construct scope, string id, StorageStack storage, IStackProps? props = null)
                : base(scope, id, props)
            {
                Storage = storage;
            }

            /// <summary>The storage stack.</summary>
            public StorageStack Storage { get; }
        }
        """);

    public static readonly WiringCase Nullability = new("Nullability", "Notes.WorkerStack.g.cs", """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Constructs;

        namespace Notes;

        public enum Tier
        {
            Small = 1,
            Large = 2,
        }

        public class WorkerStack : Stack
        {
            public WorkerStack(
                IConstruct scope,
                string id,
                string? description,
                IReadOnlyList<string?> queues,
                Dictionary<string, List<int?>>? limits,
                in int shards,
                IStackProps props,
                int? count = null,
                Tier tier = Tier.Large,
                char separator = '\'',
                double ratio = 0.5,
                decimal price = 1.25m,
                long @event = -3,
                params string?[] extra)
                : base((Construct)scope, id, props)
            {
            }
        }
        """);

    public static WiringCase[] Cases => new[]
    {
        PlainStack,
        ExtraParameters,
        CustomProps,
        NestedNamespaces,
        FileScopedNamespace,
        PartialClass,
        NestedClass,
        GlobalNamespace,
        XmlDocs,
        Nullability,
    };

    public static TheoryData<WiringCase> All => new(Cases);
}
