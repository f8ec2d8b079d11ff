using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    private readonly bool watchesArguments;
    private readonly Func<string, bool> mayReport;

    /// <param name="watch">The tag of a watched assignment or argument, null elsewhere.</param>
    /// <param name="report">Reports one constant.</param>
    /// <param name="watchesArguments">False when only assignments are watched: arguments are then not visited.</param>
    /// <param name="mayReport">
    /// False for a constant the rule never reports (a string without an ARN), so that a literal, the most common
    /// value, is judged without tracing it.
    /// </param>
    public WatchedValueRule(
        Func<IOperation, SyntaxTree, string?> watch,
        Action<OperationAnalysisContext, WatchedConstant> report,
        bool watchesArguments = true,
        Func<string, bool>? mayReport = null)
    {
        this.watch = watch;
        this.report = report;
        this.watchesArguments = watchesArguments;
        this.mayReport = mayReport ?? (static _ => true);
    }

    public void Register(CompilationStartAnalysisContext start, ConstantTracer tracer)
    {
        // Arguments are visited from their call or creation rather than one action each: they are the most
        // numerous operations of CDK code, and an action per argument costs more than the rule's own work.
        start.RegisterOperationAction(c => AnalyzeValue(c, c.Operation, tracer), OperationKind.SimpleAssignment);
        start.RegisterOperationAction(
            c =>
            {
                var call = (IInvocationOperation)c.Operation;
                AnalyzeArguments(c, call.Arguments, tracer);
                AnalyzeHelper(c, call, tracer);
            },
            OperationKind.Invocation);
        if (watchesArguments)
        {
            start.RegisterOperationAction(
                c => AnalyzeArguments(c, ((IObjectCreationOperation)c.Operation).Arguments, tracer),
                OperationKind.ObjectCreation);
        }
    }

    private void AnalyzeArguments(
        OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, ConstantTracer tracer)
    {
        if (!watchesArguments)
        {
            return;
        }

        foreach (IArgumentOperation argument in arguments)
        {
            AnalyzeValue(context, argument, tracer);
        }
    }

    private void AnalyzeValue(OperationAnalysisContext context, IOperation site, ConstantTracer tracer)
    {
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
            if (part.ConstantValue is { HasValue: true, Value: var constant })
            {
                // What the tracer would find for a literal or a const: the value itself, reported where it is.
                if (constant is string text && mayReport(text))
                {
                    report(context, new WatchedConstant(new ConstantSource(part.Syntax, text), tag, site, false));
                }

                continue;
            }

            foreach (ConstantSource source in tracer.Find(part))
            {
                report(context, new WatchedConstant(source, tag, site, throughHelper: false));
            }
        }
    }

    private void AnalyzeHelper(OperationAnalysisContext context, IInvocationOperation call, ConstantTracer tracer)
    {
        if (call.TargetMethod.DeclaringSyntaxReferences.IsEmpty)
        {
            return;
        }

        SyntaxTree tree = call.Syntax.SyntaxTree;
        foreach ((ConstantSource source, string tag) in tracer.FindArguments(call, o => watch(o, tree)))
        {
            if (!mayReport(source.Value))
            {
                continue;
            }

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
