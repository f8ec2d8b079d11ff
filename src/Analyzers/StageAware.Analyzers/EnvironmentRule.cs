using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace StageAware.Analyzers;

/// <summary>
/// What STAGE001 and STAGE002 share: a constant reaching the <c>Account</c> or the <c>Region</c> of an
/// <c>Amazon.CDK.Environment</c>, set in an object initializer, assigned later, or passed to a helper that sets it.
/// Every <c>Env</c> of a stack or a Stage is such an Environment, so watching the Environment covers them all and
/// no dictionary named <c>Environment</c> (Lambda, ECS) is ever mistaken for one.
/// </summary>
internal sealed class EnvironmentRule
{
    private readonly DiagnosticDescriptor rule;
    private readonly string property;

    public EnvironmentRule(DiagnosticDescriptor rule, string property)
    {
        this.rule = rule;
        this.property = property;
    }

    public void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        CdkSymbols? cdk = CdkSymbols.Create(start.Compilation);
        if (cdk is null)
        {
            return;
        }

        var tracer = ConstantTracer.For(start.Compilation);
        start.RegisterOperationAction(c => AnalyzeAssignment(c, cdk, tracer), OperationKind.SimpleAssignment);
        start.RegisterOperationAction(c => AnalyzeCall(c, cdk, tracer), OperationKind.Invocation);
    }

    private void AnalyzeAssignment(OperationAnalysisContext context, CdkSymbols cdk, ConstantTracer tracer)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target
            || !cdk.IsEnvironmentProperty(target.Property, property))
        {
            return;
        }

        (string site, SyntaxNode siteNode) = assignment.Parent switch
        {
            IObjectOrCollectionInitializerOperation => (SiteKinds.EnvironmentMember, assignment.Syntax),
            IExpressionStatementOperation statement => (SiteKinds.EnvironmentStatement, statement.Syntax),
            _ => (SiteKinds.Other, assignment.Syntax),
        };
        Report(context, cdk, assignment, tracer.Find(assignment.Value), site, siteNode);
    }

    private void AnalyzeCall(OperationAnalysisContext context, CdkSymbols cdk, ConstantTracer tracer)
    {
        var call = (IInvocationOperation)context.Operation;
        if (call.TargetMethod.DeclaringSyntaxReferences.IsEmpty)
        {
            return;
        }

        List<ConstantSource> sources = tracer.FindArguments(call, p => cdk.IsEnvironmentProperty(p, property));
        Report(context, cdk, call, sources, SiteKinds.EnvironmentCall, call.Syntax);
    }

    private void Report(
        OperationAnalysisContext context,
        CdkSymbols cdk,
        IOperation at,
        List<ConstantSource> sources,
        string site,
        SyntaxNode siteNode)
    {
        if (sources.Count == 0)
        {
            return;
        }

        IObjectCreationOperation? owner = SiteDescription.EnclosingCreation(at, cdk);
        string subject = owner is null
            ? "This environment"
            : "The environment of " + SiteDescription.Describe(owner, cdk);
        foreach (ConstantSource source in sources)
        {
            ImmutableDictionary<string, string?> properties = SiteKinds.Properties(site, siteNode, source.Value)
                .Add(SiteKinds.PropertyKey, property);
            context.ReportDiagnostic(Diagnostic.Create(
                rule,
                source.Node.GetLocation(),
                properties,
                subject,
                source.Value));
        }
    }
}
