using Microsoft.CodeAnalysis;

namespace StageAware.Analyzers;

/// <summary>A constant that reaches a watched value, and the syntax where it is reported.</summary>
internal readonly struct ConstantSource
{
    public ConstantSource(SyntaxNode node, string value)
    {
        Node = node;
        Value = value;
    }

    /// <summary>
    /// Where to report: the constant itself, the local or call that carries it at the watched site, or the argument
    /// of a same-project helper that the helper puts into the watched value.
    /// </summary>
    public SyntaxNode Node { get; }

    /// <summary>The constant's value, as the compiler folds it.</summary>
    public string Value { get; }
}
