using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace StageAware.Analyzers;

/// <summary>
/// STAGE004: a constant physical name on a resource whose name must be unique per account and region, set through
/// one of <see cref="PhysicalNameProperties"/> or a property .editorconfig adds. Imports of existing resources
/// (<c>Bucket.FromBucketName</c>) take the name as an argument, not a property, and are not watched.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantPhysicalNameAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ConstantPhysicalName);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (CdkSymbols.Create(start.Compilation) is null)
            {
                return;
            }

            var names = new PhysicalNameLookup(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
            var tracer = ConstantTracer.For(start.Compilation);
            // Physical names are set through properties only: arguments are not visited.
            var rule = new WatchedValueRule(
                (site, tree) => Watch(site, tree, names),
                (context, found) => Report(context, found, tracer),
                watchesArguments: false);
            rule.Register(start, tracer);
        });
    }

    // The tag is `Kind|Type.Property`, so that a constant found through a helper still names both.
    private static string? Watch(IOperation site, SyntaxTree tree, PhysicalNameLookup names) =>
        site is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }
            && names.KindOf(target.Property, tree) is { } kind
            ? kind + "|" + target.Property.ContainingType.Name + "." + target.Property.Name
            : null;

    private static void Report(OperationAnalysisContext context, WatchedConstant found, ConstantTracer tracer)
    {
        int bar = found.Tag.IndexOf('|');
        string kind = found.Tag.Substring(0, bar);
        string property = found.Tag.Substring(bar + 1);
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
            .Add(SiteKinds.ValueKey, found.Source.Value)
            .Add(SiteKinds.PropertyKey, property.Substring(property.LastIndexOf('.') + 1))
            .Add(NameSites.KindKey, kind);
        if (Removal(found, tracer) is { } removal)
        {
            properties = properties.Add(NameSites.RemovalKey, removal);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ConstantPhysicalName,
            found.Source.Node.GetLocation(),
            properties,
            property,
            found.Source.Value,
            kind));
    }

    // The name can go where it is set at the site itself, on a property the resource does not require, when every
    // value it can take is a constant: a value read at run time (`GetEnvironmentVariable("B") ?? "b"`) is the
    // user's to keep. A local that carries it would be left unused, so a name that flows through one is left for the
    // other fix.
    private static string? Removal(WatchedConstant found, ConstantTracer tracer)
    {
        if (found.ThroughHelper
            || found.Site is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
            || !PhysicalNameLookup.IsOptional(target.Property)
            || assignment.Value.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any()
            || !tracer.IsConstantOnEveryPath(assignment.Value))
        {
            return null;
        }

        return assignment.Parent switch
        {
            IObjectOrCollectionInitializerOperation => NameSites.Member,
            IExpressionStatementOperation => NameSites.Statement,
            _ => null,
        };
    }
}
