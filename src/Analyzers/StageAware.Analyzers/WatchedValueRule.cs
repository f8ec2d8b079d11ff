using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace StageAware.Analyzers;

/// <summary>One constant that reaches a watched place, with what the rule needs to report it.</summary>
internal readonly struct WatchedConstant
{
    public WatchedConstant(ConstantSource source, string tag, IOperation site, bool throughHelper)
    {
        Source = source;
        Tag = tag;
        Site = site;
        ThroughHelper = throughHelper;
    }

    public ConstantSource Source { get; }

    /// <summary>What the watcher said of the place: a resource kind, say.</summary>
    public string Tag { get; }

    /// <summary>The assignment or argument that is watched, or the helper call whose argument reaches one.</summary>
    public IOperation Site { get; }

    /// <summary>True when the constant is an argument of a same-project helper that sets the watched value.</summary>
    public bool ThroughHelper { get; }
}

/// <summary>
/// What STAGE004-STAGE006 share: the constants that reach an assignment or an argument the rule watches, directly, as
/// an element of an array (<c>Resources = new[] { ... }</c>, <c>params</c>), or through a same-project helper that
/// sets or passes on its parameter. The watcher tags a watched assignment or argument, and returns null elsewhere.
/// </summary>
internal sealed class WatchedValueRule
{
    private readonly Func<IOperation, SyntaxTree, string?> watch;
    private readonly Action<OperationAnalysisContext, WatchedConstant> report;

    public WatchedValueRule(
        Func<IOperation, SyntaxTree, string?> watch, Action<OperationAnalysisContext, WatchedConstant> report)
    {
        this.watch = watch;
        this.report = report;
    }

    public void Register(CompilationStartAnalysisContext start, ConstantTracer tracer)
    {
        start.RegisterOperationAction(c => AnalyzeValue(c, tracer), OperationKind.SimpleAssignment);
        start.RegisterOperationAction(c => AnalyzeValue(c, tracer), OperationKind.Argument);
        start.RegisterOperationAction(c => AnalyzeHelper(c, tracer), OperationKind.Invocation);
    }

    private void AnalyzeValue(OperationAnalysisContext context, ConstantTracer tracer)
    {
        IOperation site = context.Operation;
        IOperation? value = site switch
        {
            ISimpleAssignmentOperation assignment => assignment.Value,
            IArgumentOperation argument => argument.Value,
            _ => null,
        };
        if (value is null || watch(site, site.Syntax.SyntaxTree) is not { } tag)
        {
            return;
        }

        foreach (IOperation part in Parts(value))
        {
            foreach (ConstantSource source in tracer.Find(part))
            {
                report(context, new WatchedConstant(source, tag, site, throughHelper: false));
            }
        }
    }

    private void AnalyzeHelper(OperationAnalysisContext context, ConstantTracer tracer)
    {
        var call = (IInvocationOperation)context.Operation;
        if (call.TargetMethod.DeclaringSyntaxReferences.IsEmpty)
        {
            return;
        }

        SyntaxTree tree = call.Syntax.SyntaxTree;
        foreach ((ConstantSource source, string tag) in tracer.FindArguments(call, o => watch(o, tree)))
        {
            report(context, new WatchedConstant(source, tag, call, throughHelper: true));
        }
    }

    // The elements of an array given whole (`new[] { "a", "b" }`, a params argument, a collection expression
    // `["a", "b"]`, which Roslyn 4.8 has no operation of its own for), or the value itself.
    private static IEnumerable<IOperation> Parts(IOperation value)
    {
        IOperation? whole = ConstantTracer.Strip(value);
        if (whole is IArrayCreationOperation { Initializer: { } initializer })
        {
            return initializer.ElementValues;
        }

        if (whole?.Syntax is CollectionExpressionSyntax collection && value.SemanticModel is { } model)
        {
            return collection.Elements
                .OfType<ExpressionElementSyntax>()
                .Select(element => model.GetOperation(element.Expression))
                .OfType<IOperation>();
        }

        return new[] { value };
    }
}
