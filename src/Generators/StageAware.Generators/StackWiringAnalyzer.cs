using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StageAware.Generators.Wiring;

namespace StageAware.Generators;

/// <summary>
/// Reports the stack classes that <see cref="WiringGenerator"/> cannot wire, with the same rules it wires by
/// (<see cref="StackRules"/>), so that a stack never goes without wiring in silence.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StackWiringAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        WiringRules.NoEligibleConstructor, WiringRules.Inaccessible, WiringRules.Generic, WiringRules.NameClash);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        WiringSymbols? symbols = WiringSymbols.Create(start.Compilation);
        if (symbols is null)
        {
            return;
        }

        var wired = new ConcurrentBag<INamedTypeSymbol>();
        start.RegisterSymbolAction(
            context => AnalyzeType(context, symbols, wired),
            SymbolKind.NamedType);
        start.RegisterCompilationEndAction(context => ReportClashes(context, wired));
    }

    private static void AnalyzeType(
        SymbolAnalysisContext context, WiringSymbols symbols, ConcurrentBag<INamedTypeSymbol> wired)
    {
        if (context.Symbol is not INamedTypeSymbol type || type.Locations.Length == 0 || !type.Locations[0].IsInSource)
        {
            return;
        }

        StackEligibility eligibility = StackRules.Evaluate(type, symbols);
        Diagnostic? diagnostic = eligibility.Problem switch
        {
            WiringProblem.None => null,
            WiringProblem.NotAStack => null,
            WiringProblem.Generic => Diagnostic.Create(WiringRules.Generic, type.Locations[0], Name(type)),
            WiringProblem.InaccessibleClass => Diagnostic.Create(
                WiringRules.Inaccessible,
                type.Locations[0],
                Name(type),
                "the class is private, protected or file-local, so the generated code cannot name it"),
            WiringProblem.InaccessibleConstructor => Diagnostic.Create(
                WiringRules.Inaccessible,
                type.Locations[0],
                Name(type),
                "its (scope, id, props) constructors are private or protected, so the generated code cannot call them"),
            _ => Diagnostic.Create(
                WiringRules.NoEligibleConstructor, type.Locations[0], Name(type), eligibility.Detail),
        };

        if (diagnostic is not null)
        {
            context.ReportDiagnostic(diagnostic);
        }
        else if (eligibility.Problem == WiringProblem.None)
        {
            wired.Add(type);
        }
    }

    private static void ReportClashes(CompilationAnalysisContext context, ConcurrentBag<INamedTypeSymbol> wired)
    {
        // The same grouping as the generator's: a shared default id, which a shared class name implies.
        foreach (IGrouping<string, INamedTypeSymbol> group in wired.GroupBy(t => StackNames.DefaultId(t.Name)))
        {
            INamedTypeSymbol[] types = group
                .OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal)
                .ToArray();
            if (types.Length < 2)
            {
                continue;
            }

            foreach (INamedTypeSymbol type in types)
            {
                INamedTypeSymbol other = types.First(t => !SymbolEqualityComparer.Default.Equals(t, type));
                string what = type.Name == other.Name
                    ? $"'{StackNames.MethodName(type.Name)}' with the default id '{group.Key}'"
                    : $"stacks with the default id '{group.Key}'";
                context.ReportDiagnostic(Diagnostic.Create(
                    WiringRules.NameClash,
                    type.Locations[0],
                    other.Locations,
                    Name(type),
                    Name(other),
                    what));
            }
        }
    }

    private static string Name(INamedTypeSymbol type) => type.ToDisplayString();
}
