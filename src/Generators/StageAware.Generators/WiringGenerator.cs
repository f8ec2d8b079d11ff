using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StageAware.Generators.Model;
using StageAware.Generators.Wiring;

namespace StageAware.Generators;

/// <summary>
/// Emits, for every concrete stack class of the project, an <c>Add{ClassName}</c> extension method on
/// <c>StageAware.StageAwareApp</c> that creates the stack with the stage's id, stack name, environment and tags.
/// The analyzer <see cref="StackWiringAnalyzer"/> reports the stack classes this generator leaves out.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class WiringGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Step 1: every class declaration with a base list may be a stack; the model says whether it is one and can
        // be wired. Only plain strings leave this step, so an edit elsewhere leaves it unchanged.
        IncrementalValuesProvider<StackModel?> stackClasses = context.SyntaxProvider
            .CreateSyntaxProvider(
                predicate: static (node, _) => node is ClassDeclarationSyntax { BaseList: not null },
                transform: static (syntax, token) => ToModel(syntax, token))
            .WithTrackingName(TrackingNames.StackClasses);

        // Step 2: keep the stacks that get wiring.
        IncrementalValuesProvider<StackModel> wireable = stackClasses
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.WireableStacks);

        // Step 3: all stacks together, to drop a class seen twice and the classes whose wiring would clash.
        IncrementalValueProvider<EquatableArray<StackModel>> distinct = wireable
            .Collect()
            .Select(static (stacks, _) => WithoutClashes(stacks))
            .WithTrackingName(TrackingNames.DistinctStacks);

        // Step 4: one file per stack, so a change to one stack rewrites one file.
        IncrementalValuesProvider<StackModel> files = distinct
            .SelectMany(static (stacks, _) => stacks)
            .WithTrackingName(TrackingNames.StackFiles);

        context.RegisterSourceOutput(files, static (output, stack) =>
            output.AddSource(stack.HintName, WiringEmitter.Emit(stack)));
    }

    private static StackModel? ToModel(GeneratorSyntaxContext syntax, CancellationToken token)
    {
        if (syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, token) is not INamedTypeSymbol type)
        {
            return null;
        }

        // A partial class is wired from the first of its parts that names a base type, and only from that one.
        SyntaxReference? first = type.DeclaringSyntaxReferences
            .FirstOrDefault(r => r.GetSyntax(token) is ClassDeclarationSyntax { BaseList: not null });
        if (first is null || first.SyntaxTree != syntax.Node.SyntaxTree || first.Span != syntax.Node.Span)
        {
            return null;
        }

        WiringSymbols? symbols = WiringSymbols.Create(syntax.SemanticModel.Compilation);
        if (symbols is null)
        {
            return null;
        }

        StackEligibility eligibility = StackRules.Evaluate(type, symbols);
        return eligibility.Problem == WiringProblem.None ? ModelBuilder.Build(type, eligibility, token) : null;
    }

    private static EquatableArray<StackModel> WithoutClashes(ImmutableArray<StackModel> stacks)
    {
        List<StackModel> distinct = stacks
            .GroupBy(s => s.TypeName)
            .Select(g => g.First())
            .ToList();

        // Classes that share a default id would also share the stack id, and those sharing a name the method: the
        // analyzer reports them (STAGE103) and none of them is wired, rather than one at random.
        var clashing = new HashSet<string>(distinct
            .GroupBy(s => s.DefaultId)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(s => s.TypeName)));
        return distinct
            .Where(s => !clashing.Contains(s.TypeName))
            .OrderBy(s => s.TypeName, System.StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
