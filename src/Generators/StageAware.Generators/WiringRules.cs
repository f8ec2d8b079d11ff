using Microsoft.CodeAnalysis;

namespace StageAware.Generators;

/// <summary>The diagnostics of the stage-aware wiring: one descriptor per rule, ids never reused.</summary>
public static class WiringRules
{
    /// <summary>The category of every wiring rule.</summary>
    public const string Category = "StageAware.Wiring";

    /// <summary>STAGE100: no constructor the wiring can call.</summary>
    public const string NoEligibleConstructorId = "STAGE100";

    /// <summary>STAGE101: the class or its constructors are inaccessible.</summary>
    public const string InaccessibleId = "STAGE101";

    /// <summary>STAGE102: a generic stack class.</summary>
    public const string GenericId = "STAGE102";

    /// <summary>STAGE103: two stack classes map to the same wiring.</summary>
    public const string NameClashId = "STAGE103";

    internal static readonly DiagnosticDescriptor NoEligibleConstructor = Rule(
        NoEligibleConstructorId,
        "Stack class has no constructor the stage-aware wiring can call",
        "The stack class '{0}' gets no stage-aware wiring: {1}; add a public or internal constructor " +
        "(Construct scope, string id, IStackProps? props = null), or one whose props parameter is a StackProps class",
        "The generated Add... method creates a stack through a constructor whose first parameter is the scope, the " +
        "second the id and one other parameter the props (IStackProps or a class derived from StackProps), so that " +
        "the stack gets the stage's name, environment and tags.");

    internal static readonly DiagnosticDescriptor Inaccessible = Rule(
        InaccessibleId,
        "Stack class or its constructor is not accessible to the stage-aware wiring",
        "The stack class '{0}' gets no stage-aware wiring: {1}; make it public or internal",
        "The generated Add... method lives in the project's StageAware namespace and can only create a stack whose " +
        "class and constructor the rest of the project can use.");

    internal static readonly DiagnosticDescriptor Generic = Rule(
        GenericId,
        "Generic stack class cannot be wired for the stage",
        "The stack class '{0}' gets no stage-aware wiring because it has type parameters; derive a non-generic " +
        "stack class from it and wire that one",
        "The generated Add... method names one concrete stack class, so it cannot be made for a class with type " +
        "parameters or one nested in a generic class.");

    internal static readonly DiagnosticDescriptor NameClash = new(
        NameClashId,
        "Two stack classes map to the same stage-aware wiring",
        "The stack classes '{0}' and '{1}' would both be wired as {2}, so neither gets wiring; rename one of them",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Each stack class gets an Add{ClassName} method and a default stack id made from its name; two " +
            "classes with the same name in different namespaces, or names that give the same id, would collide.",
        helpLinkUri: HelpLink(NameClashId),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    internal static string HelpLink(string id) =>
        $"https://github.com/stageaware/stageaware/blob/main/docs/rules/{id}.md";

    private static DiagnosticDescriptor Rule(string id, string title, string message, string description) => new(
        id,
        title,
        message,
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: description,
        helpLinkUri: HelpLink(id));
}
