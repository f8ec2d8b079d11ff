using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StageAware.Analyzers;

/// <summary>
/// The resource kind of a property that sets a physical name: <see cref="PhysicalNameProperties.All"/> resolved once
/// per compilation, and the properties a file's .editorconfig adds under
/// <see cref="PhysicalNameProperties.OptionKey"/>, parsed once per distinct option value.
/// </summary>
internal sealed class PhysicalNameLookup
{
    private readonly Dictionary<IPropertySymbol, string> known = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, Dictionary<string, string>> extras = new(StringComparer.Ordinal);
    private readonly AnalyzerConfigOptionsProvider options;

    public PhysicalNameLookup(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        this.options = options;
        foreach ((string type, string property, string kind) in PhysicalNameProperties.All)
        {
            Add(compilation.GetTypeByMetadataName(type), property, kind);

            // The L1 construct has a settable property for each of its props: `bucket.BucketName = "x";`.
            if (type.EndsWith("Props", StringComparison.Ordinal) && type.Contains(".Cfn"))
            {
                Add(compilation.GetTypeByMetadataName(type.Substring(0, type.Length - "Props".Length)), property, kind);
            }
        }
    }

    /// <summary>The resource kind named for <paramref name="property"/> as set in <paramref name="tree"/>.</summary>
    public string? KindOf(IPropertySymbol? property, SyntaxTree tree)
    {
        if (property is null || property.SetMethod is null)
        {
            return null;
        }

        if (known.TryGetValue(property.OriginalDefinition, out string? kind))
        {
            return kind;
        }

        if (!options.GetOptions(tree).TryGetValue(PhysicalNameProperties.OptionKey, out string? value)
            || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        Dictionary<string, string> added = extras.GetOrAdd(value, Parse);
        string key = MetadataName(property.OriginalDefinition.ContainingType) + "." + property.Name;
        return added.TryGetValue(key, out kind) ? kind : null;
    }

    /// <summary>
    /// True when the property may be left unset, so that CloudFormation names the resource: jsii marks an optional
    /// property nullable (and <c>[JsiiOptional]</c>); a required one, such as <c>CfnEventBusProps.Name</c>, is not.
    /// </summary>
    public static bool IsOptional(IPropertySymbol property) =>
        property.NullableAnnotation == NullableAnnotation.Annotated
        || property.GetAttributes().Any(a => a.AttributeClass?.Name == "JsiiOptionalAttribute");

    private void Add(INamedTypeSymbol? type, string property, string kind)
    {
        foreach (ISymbol member in type?.GetMembers(property) ?? ImmutableArray<ISymbol>.Empty)
        {
            if (member is IPropertySymbol { IsStatic: false } watched)
            {
                known[watched] = kind;
            }
        }
    }

    // `My.Constructs.WidgetProps.WidgetName:S3Bucket, Other.Props.Name:SqsQueue`; an entry without a kind, or whose
    // kind is not a name, is left out.
    private static Dictionary<string, string> Parse(string value)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string entry in value.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = entry.LastIndexOf(':');
            string kind = colon > 0 ? entry.Substring(colon + 1).Trim() : "";
            if (Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(kind))
            {
                entries[entry.Substring(0, colon).Trim()] = kind;
            }
        }

        return entries;
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        string name = type.MetadataName;
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }
}
