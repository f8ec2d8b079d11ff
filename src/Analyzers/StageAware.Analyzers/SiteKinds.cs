using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace StageAware.Analyzers;

/// <summary>
/// What the code fix reads from a diagnostic: the kind of site in <see cref="Key"/>, the constant in
/// <see cref="ValueKey"/>, and the span of the site's syntax (in the diagnostic's file) in <see cref="StartKey"/> and
/// <see cref="LengthKey"/>.
/// </summary>
public static class SiteKinds
{
    /// <summary>The property that holds where the site starts.</summary>
    public const string StartKey = "SiteStart";

    /// <summary>The property that holds the length of the site.</summary>
    public const string LengthKey = "SiteLength";

    /// <summary>The property that names the kind of site.</summary>
    public const string Key = "Site";

    /// <summary>The property that holds the constant's value.</summary>
    public const string ValueKey = "Value";

    /// <summary>The property that holds the environment property (<c>Account</c> or <c>Region</c>).</summary>
    public const string PropertyKey = "Property";

    /// <summary><c>Account = ...</c> or <c>Region = ...</c> in an initializer; the site is that member.</summary>
    public const string EnvironmentMember = "EnvironmentMember";

    /// <summary><c>env.Account = ...;</c> as a statement; the site is the statement.</summary>
    public const string EnvironmentStatement = "EnvironmentStatement";

    /// <summary>A constant argument of a helper that builds the environment; the site is the call.</summary>
    public const string EnvironmentCall = "EnvironmentCall";

    /// <summary>The construct id of a top-level stack; the site is the stack's creation.</summary>
    public const string StackId = "StackId";

    /// <summary><c>StackName = ...</c> in an object initializer; the site is that member.</summary>
    public const string StackNameMember = "StackNameMember";

    /// <summary><c>props.StackName = ...;</c> as a statement; the site is the statement.</summary>
    public const string StackNameStatement = "StackNameStatement";

    /// <summary>The properties of a diagnostic at <paramref name="site"/> of kind <paramref name="kind"/>.</summary>
    public static ImmutableDictionary<string, string?> Properties(
        string kind, SyntaxNode site, string value) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(Key, kind)
            .Add(ValueKey, value)
            .Add(StartKey, site.SpanStart.ToString(CultureInfo.InvariantCulture))
            .Add(LengthKey, site.Span.Length.ToString(CultureInfo.InvariantCulture));

    /// <summary>A site the fix does not rewrite, such as an assignment inside a larger expression.</summary>
    public const string Other = "Other";
}
