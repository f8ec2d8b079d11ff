namespace StageAware.Generators.Model;

/// <summary>What the wiring of one stack class needs: names and texts only, so the pipeline can cache it.</summary>
/// <param name="TypeName">The stack class, fully qualified with <c>global::</c>.</param>
/// <param name="HintName">The generated file's hint name, <c>{Namespace.Type}.g.cs</c>.</param>
/// <param name="MethodName">The wiring method, <c>Add{ClassName}</c>.</param>
/// <param name="DefaultId">The stack id within the stage when the caller gives none.</param>
/// <param name="Overloads">One wiring method per eligible constructor.</param>
internal sealed record StackModel(
    string TypeName,
    string HintName,
    string MethodName,
    string DefaultId,
    EquatableArray<WiringOverload> Overloads);

/// <summary>One wiring method, made from one eligible constructor.</summary>
/// <param name="Remarks">The constructor's own summary, as XML doc lines, or empty.</param>
/// <param name="Obsolete">The constructor's or class's <c>[Obsolete]</c> attribute as source, or null.</param>
/// <param name="AppName">The name of the app parameter (<c>app</c> unless a forwarded parameter has it).</param>
/// <param name="IdName">The name of the id parameter (<c>id</c> unless a forwarded parameter has it).</param>
/// <param name="LocalName">The name of the local that holds the stack id.</param>
/// <param name="Parameters">The constructor's parameters after the scope and the id, in order.</param>
internal sealed record WiringOverload(
    EquatableArray<string> Remarks,
    string? Obsolete,
    string AppName,
    string IdName,
    string LocalName,
    EquatableArray<ForwardedParameter> Parameters);

/// <summary>How the props argument is made from the wiring method's props parameter.</summary>
internal enum PropsArgument
{
    /// <summary>Not the props parameter: passed on as it is.</summary>
    None,

    /// <summary><c>app.StackProps(stackId, props)</c>.</summary>
    Complete,

    /// <summary><c>app.StackProps(stackId, props ?? new T())</c>.</summary>
    CompleteOrCreate,
}

/// <summary>A constructor parameter that the wiring method takes and passes on.</summary>
/// <param name="Name">The parameter name as source (keywords escaped with <c>@</c>).</param>
/// <param name="DocName">The parameter name as XML docs name it.</param>
/// <param name="Type">The type, fully qualified with nullable annotations.</param>
/// <param name="Modifier">What precedes the type in the declaration: <c>ref </c>, <c>params </c>, ...</param>
/// <param name="ArgumentModifier">What precedes the argument: <c>ref </c>, <c>out </c>, <c>in </c> or nothing.</param>
/// <param name="DefaultValue">The default value as source, or null when the parameter is required.</param>
/// <param name="IsParams">True for a <c>params</c> parameter.</param>
/// <param name="NullForgiving">True when the argument needs <c>!</c> to meet the constructor's annotation.</param>
/// <param name="Props">How the props argument is made; <see cref="PropsArgument.None"/> for other parameters.</param>
/// <param name="PropsType">The props class to create when the caller passes none, or null.</param>
/// <param name="Documentation">The constructor's doc text of the parameter, as XML doc lines, or empty.</param>
internal sealed record ForwardedParameter(
    string Name,
    string DocName,
    string Type,
    string Modifier,
    string ArgumentModifier,
    string? DefaultValue,
    bool IsParams,
    bool NullForgiving,
    PropsArgument Props,
    string? PropsType,
    EquatableArray<string> Documentation);
