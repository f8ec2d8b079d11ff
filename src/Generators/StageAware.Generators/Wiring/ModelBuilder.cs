using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StageAware.Generators.Model;

namespace StageAware.Generators.Wiring;

/// <summary>Turns an accepted stack class into the plain model the generator writes out.</summary>
internal static class ModelBuilder
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat HintFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

    public static StackModel Build(INamedTypeSymbol type, StackEligibility eligibility, CancellationToken token)
    {
        var overloads = new List<WiringOverload>();
        var signatures = new HashSet<string>();
        string? classObsolete = Obsolete(type);
        foreach (EligibleConstructor constructor in eligibility.Constructors)
        {
            token.ThrowIfCancellationRequested();

            // Two constructors that differ only in their scope type would make the same method twice.
            if (signatures.Add(Signature(constructor.Constructor)))
            {
                overloads.Add(Overload(constructor, classObsolete, token));
            }
        }

        return new StackModel(
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            type.ToDisplayString(HintFormat) + ".g.cs",
            StackNames.MethodName(type.Name),
            StackNames.DefaultId(type.Name),
            overloads.ToEquatableArray());
    }

    private static WiringOverload Overload(EligibleConstructor eligible, string? classObsolete, CancellationToken token)
    {
        IMethodSymbol constructor = eligible.Constructor;
        List<IParameterSymbol> forwarded = constructor.Parameters.Skip(2).ToList();

        var taken = new HashSet<string>(forwarded.Select(p => p.Name));
        string app = Unique("app", taken);
        string id = Unique("id", taken);
        string local = Unique("stackId", taken);

        var renames = forwarded.ToDictionary(p => p.Name, p => p.Name);
        renames[constructor.Parameters[0].Name] = app;
        renames[constructor.Parameters[1].Name] = id;
        ConstructorDocs docs = ConstructorDocs.Read(
            constructor.GetDocumentationCommentXml(cancellationToken: token), renames);

        var parameters = new List<ForwardedParameter>(forwarded.Count);
        for (int i = 0; i < forwarded.Count; i++)
        {
            bool isProps = i + 2 == eligible.PropsIndex;
            parameters.Add(Parameter(forwarded[i], isProps ? eligible : null, docs));
        }

        return new WiringOverload(
            docs.Summary,
            Obsolete(constructor) ?? classObsolete,
            app,
            id,
            local,
            parameters.ToEquatableArray());
    }

    private static ForwardedParameter Parameter(
        IParameterSymbol parameter, EligibleConstructor? props, ConstructorDocs docs)
    {
        string type = parameter.Type.ToDisplayString(TypeFormat);
        string? defaultValue = DefaultValues.Format(parameter);

        // A reference type defaulting to null must say it may be null, or the generated file warns under #nullable.
        bool annotatedHere = defaultValue == "null"
            && parameter.Type.IsReferenceType
            && parameter.NullableAnnotation != NullableAnnotation.Annotated;
        if (annotatedHere)
        {
            type += "?";
        }

        bool mayBeNull = annotatedHere || parameter.NullableAnnotation == NullableAnnotation.Annotated;
        bool nullForgiving = props is null
            ? annotatedHere && parameter.NullableAnnotation == NullableAnnotation.NotAnnotated
            : props.Props == PropsArgument.Complete && parameter.Type.TypeKind == TypeKind.Class && mayBeNull;

        string name = SyntaxFacts.GetKeywordKind(parameter.Name) == SyntaxKind.None
            ? parameter.Name
            : "@" + parameter.Name;

        return new ForwardedParameter(
            name,
            parameter.Name,
            type,
            parameter.IsParams ? "params " : Modifier(parameter.RefKind, declaration: true),
            Modifier(parameter.RefKind, declaration: false),
            defaultValue,
            parameter.IsParams,
            nullForgiving,
            props?.Props ?? PropsArgument.None,
            props?.PropsType?.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat),
            docs.Parameter(parameter.Name));
    }

    private static string Modifier(RefKind kind, bool declaration) => kind switch
    {
        RefKind.Ref => "ref ",
        RefKind.Out => "out ",
        RefKind.In => "in ",
        RefKind.RefReadOnlyParameter => declaration ? "ref readonly " : "in ",
        _ => string.Empty,
    };

    private static string Signature(IMethodSymbol constructor) => string.Join(
        ",",
        constructor.Parameters.Skip(2).Select(p => (p.RefKind == RefKind.None ? string.Empty : "&")
            + p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));

    private static string Unique(string name, HashSet<string> taken)
    {
        string candidate = name;
        for (int n = 1; taken.Contains(candidate); n++)
        {
            candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        taken.Add(candidate);
        return candidate;
    }

    private static string? Obsolete(ISymbol symbol)
    {
        AttributeData? obsolete = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass is
        {
            Name: "ObsoleteAttribute",
            ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true },
        });
        if (obsolete is null)
        {
            return null;
        }

        var arguments = obsolete.ConstructorArguments
            .Select(a => a.Value switch
            {
                string s => SymbolDisplay.FormatLiteral(s, quote: true),
                bool b => b ? "true" : "false",
                _ => "null",
            })
            .ToList();
        return arguments.Count == 0
            ? "[global::System.Obsolete]"
            : "[global::System.Obsolete(" + string.Join(", ", arguments) + ")]";
    }
}
