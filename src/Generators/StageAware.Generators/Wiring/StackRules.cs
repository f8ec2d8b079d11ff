using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using StageAware.Generators.Model;

namespace StageAware.Generators.Wiring;

/// <summary>
/// Why a class gets no wiring; everything but <see cref="None"/> and <see cref="NotAStack"/> is reported.
/// </summary>
internal enum WiringProblem
{
    /// <summary>The class is wired.</summary>
    None,

    /// <summary>Not a concrete stack class: nothing to wire, nothing to say.</summary>
    NotAStack,

    /// <summary>STAGE102: the class or one that contains it has type parameters.</summary>
    Generic,

    /// <summary>STAGE101: the class cannot be named from the rest of the assembly.</summary>
    InaccessibleClass,

    /// <summary>STAGE101: the constructors of the right shape are all private or protected.</summary>
    InaccessibleConstructor,

    /// <summary>STAGE100: no constructor has the (scope, id, props) shape.</summary>
    NoEligibleConstructor,
}

/// <summary>A constructor the wiring calls, with its props parameter.</summary>
internal sealed class EligibleConstructor
{
    public EligibleConstructor(IMethodSymbol constructor, int propsIndex, PropsArgument props, ITypeSymbol? propsType)
    {
        Constructor = constructor;
        PropsIndex = propsIndex;
        Props = props;
        PropsType = propsType;
    }

    public IMethodSymbol Constructor { get; }

    public int PropsIndex { get; }

    public PropsArgument Props { get; }

    /// <summary>The props class to create when the caller passes none, or null.</summary>
    public ITypeSymbol? PropsType { get; }
}

/// <summary>The verdict on one class: wired through its eligible constructors, or why not.</summary>
internal sealed class StackEligibility
{
    public static readonly StackEligibility NotAStack = new(WiringProblem.NotAStack, string.Empty);

    public StackEligibility(WiringProblem problem, string detail)
    {
        Problem = problem;
        Detail = detail;
        Constructors = ImmutableArray<EligibleConstructor>.Empty;
    }

    public StackEligibility(ImmutableArray<EligibleConstructor> constructors)
    {
        Problem = WiringProblem.None;
        Detail = string.Empty;
        Constructors = constructors;
    }

    public WiringProblem Problem { get; }

    /// <summary>For <see cref="WiringProblem.NoEligibleConstructor"/>: what is wrong with the constructors.</summary>
    public string Detail { get; }

    public ImmutableArray<EligibleConstructor> Constructors { get; }
}

/// <summary>
/// The one place that decides whether a stack class can be wired: the generator wires what it accepts and the
/// analyzer reports what it refuses, so the two never disagree.
/// </summary>
internal static class StackRules
{
    public static StackEligibility Evaluate(INamedTypeSymbol type, WiringSymbols symbols)
    {
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsStatic || !symbols.IsStack(type))
        {
            return StackEligibility.NotAStack;
        }

        if (IsGeneric(type))
        {
            return new StackEligibility(WiringProblem.Generic, string.Empty);
        }

        if (!IsAccessible(type, symbols.Compilation))
        {
            return new StackEligibility(WiringProblem.InaccessibleClass, string.Empty);
        }

        var eligible = ImmutableArray.CreateBuilder<EligibleConstructor>();
        string? closestProblem = null;
        int closest = -1;
        bool hiddenShape = false;
        foreach (IMethodSymbol constructor in type.InstanceConstructors)
        {
            EligibleConstructor? candidate = Check(constructor, type, symbols, out string problem, out int progress);
            if (candidate is null)
            {
                // The constructor that came nearest to the shape explains best what to change.
                if (progress > closest)
                {
                    closest = progress;
                    closestProblem = problem;
                }
            }
            else if (!symbols.Compilation.IsSymbolAccessibleWithin(constructor, symbols.Compilation.Assembly))
            {
                hiddenShape = true;
            }
            else
            {
                eligible.Add(candidate);
            }
        }

        if (eligible.Count > 0)
        {
            return new StackEligibility(eligible.ToImmutable());
        }

        if (hiddenShape)
        {
            return new StackEligibility(WiringProblem.InaccessibleConstructor, string.Empty);
        }

        return new StackEligibility(
            WiringProblem.NoEligibleConstructor,
            type.InstanceConstructors.All(c => c.IsImplicitlyDeclared)
                ? "it declares no constructor"
                : closestProblem ?? "it declares no constructor");
    }

    private static EligibleConstructor? Check(
        IMethodSymbol constructor, INamedTypeSymbol type, WiringSymbols symbols, out string problem, out int progress)
    {
        ImmutableArray<IParameterSymbol> parameters = constructor.Parameters;
        if (parameters.Length == 0
            || parameters[0].RefKind != RefKind.None
            || !IsScope(parameters[0].Type, symbols))
        {
            progress = 1;
            problem = "no constructor takes a construct scope (such as Construct) as its first parameter";
            return null;
        }

        if (parameters.Length < 2
            || parameters[1].RefKind != RefKind.None
            || parameters[1].Type.SpecialType != SpecialType.System_String)
        {
            progress = 2;
            problem = "no constructor takes the string id as its second parameter";
            return null;
        }

        if (parameters.Any(p => p.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer))
        {
            progress = 3;
            problem = "its constructor takes a pointer, which the wiring cannot pass on";
            return null;
        }

        if (HasUnsetRequiredMembers(type, constructor))
        {
            progress = 4;
            problem = "it has required members that its constructor does not set";
            return null;
        }

        List<int> propsIndexes = Enumerable.Range(2, parameters.Length - 2)
            .Where(i => IsPropsLike(parameters[i].Type, symbols))
            .ToList();
        if (propsIndexes.Count == 0)
        {
            progress = 5;
            problem = "no constructor takes an IStackProps or StackProps parameter";
            return null;
        }

        if (propsIndexes.Count > 1)
        {
            progress = 6;
            problem = "its constructor takes more than one props parameter";
            return null;
        }

        IParameterSymbol props = parameters[propsIndexes[0]];
        if (props.RefKind != RefKind.None)
        {
            progress = 7;
            problem = $"its props parameter '{props.Name}' is passed by reference";
            return null;
        }

        if (SymbolEqualityComparer.Default.Equals(props.Type, symbols.StackPropsInterface))
        {
            progress = 8;
            problem = string.Empty;
            return new EligibleConstructor(constructor, propsIndexes[0], PropsArgument.Complete, null);
        }

        if (!DerivesFrom(props.Type, symbols.StackProps))
        {
            progress = 9;
            problem = $"the type of its props parameter, '{props.Type.ToDisplayString()}', is neither IStackProps " +
                "nor a class derived from StackProps";
            return null;
        }

        bool mayBeNull = props.IsOptional || props.NullableAnnotation == NullableAnnotation.Annotated;
        PropsArgument kind = mayBeNull && CanCreate(props.Type, symbols.Compilation)
            ? PropsArgument.CompleteOrCreate
            : PropsArgument.Complete;
        progress = 10;
        problem = string.Empty;
        return new EligibleConstructor(
            constructor, propsIndexes[0], kind, kind == PropsArgument.CompleteOrCreate ? props.Type : null);
    }

    private static bool IsScope(ITypeSymbol type, WiringSymbols symbols)
    {
        CommonConversion conversion = symbols.Compilation.ClassifyCommonConversion(symbols.App, type);
        return conversion.Exists && conversion.IsImplicit && (conversion.IsIdentity || conversion.IsReference);
    }

    private static bool IsPropsLike(ITypeSymbol type, WiringSymbols symbols) =>
        SymbolEqualityComparer.Default.Equals(type, symbols.StackPropsInterface)
        || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, symbols.StackPropsInterface));

    private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    // `new T()` compiles for a concrete class whose parameterless constructor the assembly can call and that has
    // no required member left unset.
    private static bool CanCreate(ITypeSymbol type, Compilation compilation) =>
        type is INamedTypeSymbol { IsAbstract: false, TypeKind: TypeKind.Class } named
        && named.InstanceConstructors.Any(c =>
            c.Parameters.All(p => p.IsOptional || p.IsParams)
            && compilation.IsSymbolAccessibleWithin(c, compilation.Assembly)
            && !HasUnsetRequiredMembers(named, c));

    private static bool HasUnsetRequiredMembers(INamedTypeSymbol type, IMethodSymbol constructor)
    {
        if (constructor.GetAttributes().Any(a => a.AttributeClass is
            {
                Name: "SetsRequiredMembersAttribute",
                ContainingNamespace: { Name: "CodeAnalysis", ContainingNamespace.Name: "Diagnostics" },
            }))
        {
            return false;
        }

        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsGeneric(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.TypeParameters.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAccessible(INamedTypeSymbol type, Compilation compilation)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return false;
            }
        }

        return compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
    }
}
