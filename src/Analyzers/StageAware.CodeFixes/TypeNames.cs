using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StageAware.CodeFixes;

/// <summary>How a fix writes a type's name where it inserts code.</summary>
internal static class TypeNames
{
    /// <summary>
    /// The simple name of <paramref name="type"/> when, at <paramref name="position"/>, it names that type, or names
    /// nothing yet and <paramref name="usingAdded"/> (the fix adds the using of its namespace); otherwise the
    /// <c>global::</c> name.
    /// </summary>
    public static string At(SemanticModel model, int position, INamedTypeSymbol type, bool usingAdded)
    {
        ImmutableArray<ISymbol> named = model.LookupNamespacesAndTypes(position, name: type.Name);
        return (usingAdded || !named.IsEmpty) && named.All(s => SymbolEqualityComparer.Default.Equals(s, type))
            ? type.Name
            : "global::" + type.ToDisplayString();
    }
}
