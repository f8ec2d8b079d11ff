using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace StageAware.Analyzers;

/// <summary>
/// STAGE003: a top-level stack (created in the app, not in a CDK Stage, not nested) whose construct id or
/// <c>StackProps.StackName</c> is a constant, so that every stage gets the same CloudFormation stack name.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantStackNameAnalyzer : DiagnosticAnalyzer
{
    private const string WiringType = "StageAware.StageAwareWiring";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ConstantStackName);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            CdkSymbols? cdk = CdkSymbols.Create(start.Compilation);
            if (cdk is null)
            {
                return;
            }

            var tracer = ConstantTracer.For(start.Compilation);
            INamedTypeSymbol? wiring = start.Compilation.GetTypeByMetadataName(WiringType);
            start.RegisterOperationAction(c => AnalyzeCreation(c, cdk, tracer, wiring), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeStackName(c, cdk, tracer), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeCreation(
        OperationAnalysisContext context, CdkSymbols cdk, ConstantTracer tracer, INamedTypeSymbol? wiring)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!cdk.IsDeployedStack(creation.Type)
            || !cdk.IsApp(ConstantTracer.Strip(SiteDescription.Argument(creation, 0))?.Type)
            || SiteDescription.Argument(creation, 1) is not { Type.SpecialType: SpecialType.System_String } id
            || HasStageStackName(creation, cdk, tracer))
        {
            return;
        }

        string type = creation.Type!.Name;
        string method = "Add" + type;
        bool wired = wiring is not null && !wiring.GetMembers(method).IsEmpty;
        foreach (ConstantSource source in tracer.Find(id))
        {
            string advice = wired ? $"app.{method}()" : $"StageAwareApp.Of(app).StackName(\"{source.Value}\")";
            Report(context, source, SiteKinds.StackId, creation.Syntax, "construct id", "stack " + type, advice);
        }
    }

    private static void AnalyzeStackName(OperationAnalysisContext context, CdkSymbols cdk, ConstantTracer tracer)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target || !cdk.IsStackNameProperty(target.Property))
        {
            return;
        }

        IObjectCreationOperation? stack = SiteDescription.EnclosingCreation(assignment, cdk);
        if (stack is not null
            ? !cdk.IsDeployedStack(stack.Type)
                || !cdk.IsApp(ConstantTracer.Strip(SiteDescription.Argument(stack, 0))?.Type)
            : InsideStage(context.ContainingSymbol, cdk))
        {
            return;
        }

        (string site, SyntaxNode siteNode) = assignment.Parent switch
        {
            IObjectOrCollectionInitializerOperation => (SiteKinds.StackNameMember, assignment.Syntax),
            IExpressionStatementOperation statement => (SiteKinds.StackNameStatement, statement.Syntax),
            _ => (SiteKinds.Other, assignment.Syntax),
        };
        string owner = stack is null ? "this stack" : SiteDescription.Describe(stack, cdk);
        foreach (ConstantSource source in tracer.Find(assignment.Value))
        {
            string advice = $"StageAwareApp.Of(app).StackName(\"{source.Value}\") or no StackName at all";
            Report(context, source, site, siteNode, "stack name", owner, advice);
        }
    }

    // A StackName that is set and not constant (`app.StackProps("id", props)`, a name built from the stage) names
    // the CloudFormation stack, whatever the construct id.
    private static bool HasStageStackName(IObjectCreationOperation creation, CdkSymbols cdk, ConstantTracer tracer)
    {
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            switch (ConstantTracer.Strip(argument.Value))
            {
                case IInvocationOperation { TargetMethod.Name: "StackProps" } call
                    when SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, cdk.StageAwareApp):
                    return true;
                case IObjectCreationOperation { Initializer: { } initializer } props
                    when CdkSymbols.DerivesFrom(props.Type, cdk.StackProps):
                    IEnumerable<ISimpleAssignmentOperation> names = initializer.Initializers
                        .OfType<ISimpleAssignmentOperation>()
                        .Where(a => a.Target is IPropertyReferenceOperation p && cdk.IsStackNameProperty(p.Property));
                    if (names.Any(a => !IsNull(a.Value) && tracer.Find(a.Value).Count == 0))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static bool IsNull(IOperation value) =>
        ConstantTracer.Strip(value) is { ConstantValue: { HasValue: true, Value: null } };

    // Props built in the code of a CDK Stage (not the app) are for the Stage's own stacks.
    private static bool InsideStage(ISymbol symbol, CdkSymbols cdk)
    {
        for (INamedTypeSymbol? type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (CdkSymbols.DerivesFrom(type, cdk.Stage) && !cdk.IsApp(type))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(
        OperationAnalysisContext context,
        ConstantSource source,
        string site,
        SyntaxNode siteNode,
        string what,
        string owner,
        string advice)
    {
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ConstantStackName,
            source.Node.GetLocation(),
            SiteKinds.Properties(site, siteNode, source.Value),
            what,
            source.Value,
            owner,
            advice));
    }
}
