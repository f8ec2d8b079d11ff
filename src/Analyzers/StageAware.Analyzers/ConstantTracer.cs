using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StageAware.Analyzers;

/// <summary>
/// Finds the constants that can reach a value: what the compiler folds (literals, <c>const</c> fields, constant
/// concatenation and interpolation), and what flows there through locals, object initializers, readonly fields,
/// property getters, local functions and methods of the same compilation called with constant arguments. A
/// <c>??</c> or <c>?:</c> reaches each of its branches, so <c>GetEnvironmentVariable(..) ?? "1234"</c> yields the
/// fallback. Anything read at run time yields nothing. One instance serves one compilation, from any thread.
/// </summary>
internal sealed class ConstantTracer
{
    // Each hop through a local, a parameter, a field or a call counts; deeper flows are not followed, which keeps a
    // self-referencing local or mutually recursive helpers from looping.
    private const int MaxDepth = 8;

    private readonly Compilation compilation;
    private readonly ConcurrentDictionary<ISymbol, IOperation?> bodies = new(SymbolEqualityComparer.Default);

    // One tracer per compilation, shared by every rule: each method body is bound into operations once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, ConstantTracer> Shared =
        new();

    private ConstantTracer(Compilation compilation)
    {
        this.compilation = compilation;
    }

    /// <summary>The tracer of <paramref name="compilation"/>, made on first use.</summary>
    public static ConstantTracer For(Compilation compilation) =>
        Shared.GetValue(compilation, static c => new ConstantTracer(c));

    /// <summary>The constants that can reach <paramref name="value"/>.</summary>
    public List<ConstantSource> Find(IOperation? value)
    {
        var found = new List<ConstantSource>();
        if (value is not null)
        {
            Visit(value, Scope.Top, found);
        }

        return Distinct(found);
    }

    /// <summary>
    /// The arguments of <paramref name="call"/> (a same-project helper) that the helper, or a helper it calls with
    /// them, assigns to a property accepted by <paramref name="isWatched"/>. Constants written inside the helper
    /// itself are left out: they are reported where they are written.
    /// </summary>
    public List<ConstantSource> FindArguments(
        IInvocationOperation call, System.Func<IPropertySymbol, bool> isWatched) =>
        FindArguments(call, o => o is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }
            && isWatched(target.Property) ? string.Empty : null)
            .Select(s => s.Source)
            .ToList();

    /// <summary>True when every value <paramref name="value"/> can take is a constant, none read at run time.</summary>
    public bool IsConstantOnEveryPath(IOperation value) => Visit(value, Scope.Top, new List<ConstantSource>());

    /// <summary>
    /// The arguments of <paramref name="call"/> (a same-project helper) that reach a value the helper, or a helper it
    /// calls with them, assigns or passes on where <paramref name="watch"/> gives a tag: an
    /// <see cref="ISimpleAssignmentOperation"/> or an <see cref="IArgumentOperation"/> of the helper's body. Each
    /// constant comes with the tag of the place it reaches.
    /// </summary>
    public List<(ConstantSource Source, string Tag)> FindArguments(
        IInvocationOperation call, System.Func<IOperation, string?> watch)
    {
        var found = new List<(ConstantSource Source, string Tag)>();
        VisitCall(call, Scope.Top, watch, found);
        var seen = new HashSet<(SyntaxNode, string)>();
        return found
            .Where(s => s.Source.Node != call.Syntax && call.Syntax.Span.Contains(s.Source.Node.Span))
            .Where(s => seen.Add((s.Source.Node, s.Source.Value)))
            .ToList();
    }

    /// <summary>The value with conversions and parentheses taken off.</summary>
    public static IOperation? Strip(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { OperatorMethod: null } conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The root of the operation tree that holds <paramref name="operation"/>.</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    private static List<ConstantSource> Distinct(IEnumerable<ConstantSource> sources)
    {
        var seen = new HashSet<(SyntaxNode, string)>();
        return sources.Where(s => seen.Add((s.Node, s.Value))).ToList();
    }

    // Returns true when every path of the value is a constant; `found` gets the constants of the paths that are.
    private bool Visit(IOperation? operation, Scope scope, List<ConstantSource> found)
    {
        if (operation is null || scope.Depth > MaxDepth)
        {
            return false;
        }

        if (operation.ConstantValue.HasValue)
        {
            if (operation.ConstantValue.Value is string text)
            {
                found.Add(new ConstantSource(scope.ReportAt ?? operation.Syntax, text));
                return true;
            }

            return false;
        }

        switch (operation)
        {
            case IConversionOperation { OperatorMethod: null } conversion:
                return Visit(conversion.Operand, scope, found);
            case IParenthesizedOperation parenthesized:
                return Visit(parenthesized.Operand, scope, found);
            case ICoalesceOperation coalesce:
                return Visit(coalesce.Value, scope, found) & Visit(coalesce.WhenNull, scope, found);
            case IConditionalOperation { WhenFalse: not null, IsRef: false } conditional:
                return Visit(conditional.WhenTrue, scope, found) & Visit(conditional.WhenFalse, scope, found);
            case ISwitchExpressionOperation switchExpression:
                bool every = !switchExpression.Arms.IsEmpty;
                foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms)
                {
                    every &= Visit(arm.Value, scope, found);
                }

                return every;
            case ILocalReferenceOperation local:
                return VisitLocal(local, scope, found);
            case IParameterReferenceOperation parameter:
                return scope.TryGetArgument(parameter.Parameter, out IOperation? argument, out Scope? caller)
                    && Visit(argument, caller!, found);
            case IInvocationOperation invocation:
                return VisitInvocation(invocation, scope, found);
            case IPropertyReferenceOperation property:
                return VisitProperty(property, scope, found);
            case IFieldReferenceOperation field:
                return VisitField(field, scope, found);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } binary
                when binary.Type?.SpecialType == SpecialType.System_String:
                return VisitConcatenation(binary, new[] { binary.LeftOperand, binary.RightOperand }, scope, found);
            case IInterpolatedStringOperation interpolated:
                return VisitInterpolation(interpolated, scope, found);
            default:
                return false;
        }
    }

    private bool VisitConcatenation(
        IOperation whole, IEnumerable<IOperation> parts, Scope scope, List<ConstantSource> found)
    {
        var text = new StringBuilder();
        SyntaxNode? argument = null;
        foreach (IOperation part in parts)
        {
            if (!TryEvaluate(part, scope, out string? value, out SyntaxNode? node))
            {
                return false;
            }

            text.Append(value);

            // A part found outside the concatenation, and not in the helper (reported at the call), is the argument
            // the helper was called with.
            if (argument is null && scope.ReportsArguments && node != scope.ReportAt
                && (node!.SyntaxTree != whole.Syntax.SyntaxTree || !whole.Syntax.Span.Contains(node.Span)))
            {
                argument = node;
            }
        }

        found.Add(new ConstantSource(argument ?? scope.ReportAt ?? whole.Syntax, text.ToString()));
        return true;
    }

    private bool VisitInterpolation(IInterpolatedStringOperation interpolated, Scope scope, List<ConstantSource> found)
    {
        var parts = new List<IOperation>();
        foreach (IInterpolatedStringContentOperation content in interpolated.Parts)
        {
            switch (content)
            {
                case IInterpolatedStringTextOperation text:
                    parts.Add(text.Text);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    parts.Add(hole.Expression);
                    break;
                default:
                    return false;
            }
        }

        return VisitConcatenation(interpolated, parts, scope, found);
    }

    // A part of a concatenation must be one constant on every path.
    private bool TryEvaluate(IOperation part, Scope scope, out string? value, out SyntaxNode? node)
    {
        value = null;
        node = null;
        var found = new List<ConstantSource>();
        if (!Visit(part, scope, found) || found.Count == 0)
        {
            return false;
        }

        value = found[0].Value;
        node = found[0].Node;
        string first = value;
        return found.All(s => s.Value == first);
    }

    private bool VisitLocal(ILocalReferenceOperation reference, Scope scope, List<ConstantSource> found)
    {
        if (reference.Local.IsRef || !TryGetWrites(reference, out List<IOperation> writes) || writes.Count == 0)
        {
            return false;
        }

        Scope inner = scope.Deeper(scope.ReportAt ?? reference.Syntax);
        bool complete = true;
        foreach (IOperation write in writes)
        {
            complete &= Visit(write, inner, found);
        }

        return complete;
    }

    // Every value assigned to the local in the code that declares it, or false when it is also written in a way
    // that cannot be followed (by ref, out, compound assignment, deconstruction).
    private static bool TryGetWrites(ILocalReferenceOperation reference, out List<IOperation> writes)
    {
        writes = new List<IOperation>();
        ILocalSymbol local = reference.Local;
        foreach (IOperation operation in Root(reference).Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator
                    when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    IVariableInitializerOperation? initializer = declarator.GetVariableInitializer();
                    if (initializer is not null)
                    {
                        writes.Add(initializer.Value);
                    }

                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    writes.Add(assignment.Value);
                    break;
                case ILocalReferenceOperation other
                    when SymbolEqualityComparer.Default.Equals(other.Local, local) && IsOtherWrite(other):
                    return false;
            }
        }

        return true;
    }

    private static bool IsOtherWrite(ILocalReferenceOperation reference)
    {
        if (reference.IsDeclaration)
        {
            return true;
        }

        return reference.Parent switch
        {
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            ICompoundAssignmentOperation compound => compound.Target == reference,
            ICoalesceAssignmentOperation coalesce => coalesce.Target == reference,
            IIncrementOrDecrementOperation => true,
            ITupleOperation => reference.Parent.Parent is IDeconstructionAssignmentOperation,
            _ => false,
        };
    }

    private bool VisitInvocation(IInvocationOperation invocation, Scope scope, List<ConstantSource> found)
    {
        IOperation? body = GetBody(invocation.TargetMethod, invocation.SemanticModel);
        if (body is null || scope.Calls(invocation.TargetMethod))
        {
            return false;
        }

        Scope callee = scope.Enter(invocation.TargetMethod, invocation.Arguments, scope.ReportAt ?? invocation.Syntax);
        List<IOperation> returns = ReturnedValues(body);
        bool complete = returns.Count > 0;
        foreach (IOperation returned in returns)
        {
            complete &= Visit(returned, callee, found);
        }

        return complete;
    }

    private bool VisitProperty(IPropertyReferenceOperation reference, Scope scope, List<ConstantSource> found)
    {
        // A property set in the object initializer of a local: `var settings = new Settings { Account = "1" }`.
        if (Strip(reference.Instance) is ILocalReferenceOperation local)
        {
            return VisitInitializedProperty(reference, local, scope, found);
        }

        IMethodSymbol? getter = reference.Property.GetMethod;
        if (getter is null || reference.Arguments.Length > 0 || scope.Calls(getter))
        {
            return false;
        }

        IOperation? body = GetBody(getter, reference.SemanticModel);
        if (body is null)
        {
            return false;
        }

        Scope callee = scope.Enter(
            getter, ImmutableArray<IArgumentOperation>.Empty, scope.ReportAt ?? reference.Syntax);
        List<IOperation> returns = ReturnedValues(body);
        bool complete = returns.Count > 0;
        foreach (IOperation returned in returns)
        {
            complete &= Visit(returned, callee, found);
        }

        return complete;
    }

    private bool VisitInitializedProperty(
        IPropertyReferenceOperation reference, ILocalReferenceOperation local, Scope scope, List<ConstantSource> found)
    {
        if (!TryGetWrites(local, out List<IOperation> writes) || writes.Count == 0)
        {
            return false;
        }

        var values = new List<IOperation>();
        foreach (IOperation write in writes)
        {
            if (Strip(write) is not IObjectCreationOperation { Initializer: { } initializer })
            {
                return false;
            }

            values.AddRange(initializer.Initializers
                .OfType<ISimpleAssignmentOperation>()
                .Where(a => a.Target is IPropertyReferenceOperation p && IsSame(p.Property, reference.Property))
                .Select(a => a.Value));
        }

        // A later `settings.Account = ...` is one more value of the property.
        foreach (IOperation operation in Root(local).Descendants())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && IsSame(target.Property, reference.Property)
                && Strip(target.Instance) is ILocalReferenceOperation owner
                && SymbolEqualityComparer.Default.Equals(owner.Local, local.Local))
            {
                values.Add(assignment.Value);
            }
        }

        if (values.Count == 0)
        {
            return false;
        }

        Scope inner = scope.Deeper(scope.ReportAt ?? reference.Syntax);
        bool complete = true;
        foreach (IOperation value in values)
        {
            complete &= Visit(value, inner, found);
        }

        return complete;
    }

    private bool VisitField(IFieldReferenceOperation reference, Scope scope, List<ConstantSource> found)
    {
        // A readonly field keeps the value of its initializer (a constructor could change it, which is rare enough
        // in CDK apps that it is not looked for); any other field can change at run time.
        IFieldSymbol field = reference.Field;
        if (!field.IsReadOnly || scope.Depth >= MaxDepth)
        {
            return false;
        }

        IOperation? initializer = GetBody(field, reference.SemanticModel);
        return initializer is IFieldInitializerOperation { Value: { } value }
            && Visit(value, scope.Deeper(scope.ReportAt ?? reference.Syntax), found);
    }

    // The watched assignments inside a helper, with the helper's parameters bound to the call's arguments.
    private void VisitCall(
        IInvocationOperation call,
        Scope scope,
        System.Func<IOperation, string?> watch,
        List<(ConstantSource Source, string Tag)> found)
    {
        if (scope.Depth >= MaxDepth || scope.Calls(call.TargetMethod) || !HasArgumentToFollow(call))
        {
            return;
        }

        IOperation? body = GetBody(call.TargetMethod, call.SemanticModel);
        if (body is null)
        {
            return;
        }

        Scope callee = scope.Enter(
            call.TargetMethod, call.Arguments, scope.ReportAt ?? call.Syntax, reportsArguments: true);
        foreach (IOperation operation in body.Descendants())
        {
            IOperation? value = operation switch
            {
                ISimpleAssignmentOperation assignment => assignment.Value,
                IArgumentOperation argument => argument.Value,
                _ => null,
            };
            if (value is not null && watch(operation) is { } tag)
            {
                var reached = new List<ConstantSource>();
                Visit(value, callee, reached);
                found.AddRange(reached.Select(s => (s, tag)));
            }
            else if (operation is IInvocationOperation inner)
            {
                VisitCall(inner, callee, watch, found);
            }
        }
    }

    private static bool HasArgumentToFollow(IInvocationOperation call) =>
        call.Arguments.Any(a => a.ArgumentKind != ArgumentKind.DefaultValue && a.Parameter?.RefKind == RefKind.None);

    // The values returned by a method, a local function or a getter, not those of lambdas inside it.
    private static List<IOperation> ReturnedValues(IOperation body)
    {
        var values = new List<IOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            IOperation operation = pending.Pop();
            if (operation is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value })
            {
                values.Add(value);
                continue;
            }

            foreach (IOperation child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }

        return values;
    }

    // The bound body of a method, getter or local function declared in this compilation, or the initializer of a
    // field; null for metadata, abstract, virtual, extern and partial members without a body.
    private IOperation? GetBody(ISymbol member, SemanticModel? current)
    {
        if (member is IMethodSymbol method)
        {
            method = method.PartialImplementationPart ?? method;
            bool overridable = method.IsVirtual || method.IsAbstract || (method.IsOverride && !method.IsSealed);
            if (overridable || method.IsExtern || method.MethodKind is MethodKind.Constructor)
            {
                return null;
            }

            member = method;
        }

        return bodies.GetOrAdd(member, m => Bind(m, current));
    }

    private IOperation? Bind(ISymbol member, SemanticModel? current)
    {
        if (member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        SyntaxNode node = member.DeclaringSyntaxReferences[0].GetSyntax();
        if (!compilation.ContainsSyntaxTree(node.SyntaxTree))
        {
            return null;
        }

        SemanticModel model = current is not null && current.SyntaxTree == node.SyntaxTree
            ? current
            : GetSemanticModel(node.SyntaxTree);
        if (member is IFieldSymbol)
        {
            // A field's declarator: its initializer is the child that binds to a field initializer.
            return node.ChildNodes().Select(child => model.GetOperation(child)).FirstOrDefault(o => o is not null);
        }

        IOperation? operation = model.GetOperation(node);
        return operation is ILocalFunctionOperation localFunction ? localFunction.Body : operation;
    }

#pragma warning disable RS1030 // A helper in another file of the same compilation: bound once, then cached.
    private SemanticModel GetSemanticModel(SyntaxTree tree) => compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    private static bool IsSame(IPropertySymbol a, IPropertySymbol b) =>
        SymbolEqualityComparer.Default.Equals(a.OriginalDefinition, b.OriginalDefinition);

    /// <summary>Where the tracing is: the call it is in, what its parameters are bound to, where to report.</summary>
    private sealed class Scope
    {
        public static readonly Scope Top =
            new(null, null, ImmutableDictionary<IParameterSymbol, IOperation>.Empty, null, 0, false);

        private readonly Scope? caller;
        private readonly ISymbol? method;
        private readonly ImmutableDictionary<IParameterSymbol, IOperation> arguments;

        private Scope(
            Scope? caller,
            ISymbol? method,
            ImmutableDictionary<IParameterSymbol, IOperation> arguments,
            SyntaxNode? reportAt,
            int depth,
            bool reportsArguments)
        {
            this.caller = caller;
            this.method = method;
            this.arguments = arguments;
            ReportAt = reportAt;
            Depth = depth;
            ReportsArguments = reportsArguments;
        }

        /// <summary>Where a constant found here is reported; null at the watched site itself.</summary>
        public SyntaxNode? ReportAt { get; }

        public int Depth { get; }

        /// <summary>
        /// True inside a helper whose arguments are reported rather than the call (the helper sets the watched value
        /// itself): a value built from an argument is reported at that argument.
        /// </summary>
        public bool ReportsArguments { get; }

        public Scope Deeper(SyntaxNode reportAt) =>
            new(caller, method, arguments, reportAt, Depth + 1, ReportsArguments);

        public Scope Enter(
            ISymbol callee,
            ImmutableArray<IArgumentOperation> callArguments,
            SyntaxNode reportAt,
            bool reportsArguments = false)
        {
            ImmutableDictionary<IParameterSymbol, IOperation>.Builder bound =
                ImmutableDictionary.CreateBuilder<IParameterSymbol, IOperation>(SymbolEqualityComparer.Default);
            foreach (IArgumentOperation argument in callArguments)
            {
                if (argument.Parameter is { RefKind: RefKind.None } parameter
                    && argument.ArgumentKind != ArgumentKind.ParamArray)
                {
                    bound[parameter.OriginalDefinition] = argument.Value;
                }
            }

            return new Scope(
                this, callee, bound.ToImmutable(), reportAt, Depth + 1, ReportsArguments || reportsArguments);
        }

        public bool TryGetArgument(IParameterSymbol parameter, out IOperation? argument, out Scope? scope)
        {
            scope = caller;
            return arguments.TryGetValue(parameter.OriginalDefinition, out argument) && caller is not null;
        }

        public bool Calls(ISymbol callee)
        {
            for (Scope? current = this; current is not null; current = current.caller)
            {
                if (current.method is not null
                    && SymbolEqualityComparer.Default.Equals(
                        current.method.OriginalDefinition, callee.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
