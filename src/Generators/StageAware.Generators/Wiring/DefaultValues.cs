using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StageAware.Generators.Wiring;

/// <summary>Writes a parameter's default value back as C# source.</summary>
internal static class DefaultValues
{
    /// <summary>The default value of <paramref name="parameter"/> as source, or null when it has none.</summary>
    public static string? Format(IParameterSymbol parameter)
    {
        if (!parameter.IsOptional || parameter.IsParams)
        {
            return null;
        }

        // [Optional] without a constant: the caller may leave it out, and `default` is what it then gets.
        if (!parameter.HasExplicitDefaultValue)
        {
            return "default";
        }

        ITypeSymbol type = parameter.Type;
        object? value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            return type.IsValueType && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                ? "default"
                : "null";
        }

        ITypeSymbol underlying =
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n
            ? n.TypeArguments[0]
            : type;
        string literal = Literal(value);
        if (underlying.TypeKind == TypeKind.Enum)
        {
            string enumName = underlying.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            IFieldSymbol? member = underlying.GetMembers()
                .OfType<IFieldSymbol>()
                .FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value));
            if (member is not null)
            {
                return enumName + "." + member.Name;
            }

            return literal.StartsWith("-", StringComparison.Ordinal)
                ? $"({enumName})({literal})"
                : $"({enumName}){literal}";
        }

        return literal;
    }

    private static string Literal(object value) => value switch
    {
        string s => SymbolDisplay.FormatLiteral(s, quote: true),
        char c => SymbolDisplay.FormatLiteral(c, quote: true),
        bool b => b ? "true" : "false",
        float f => Floating(f, "float", "F"),
        double d => Floating(d, "double", "D"),
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        ulong ul => ul.ToString(CultureInfo.InvariantCulture) + "UL",
        uint u => u.ToString(CultureInfo.InvariantCulture) + "U",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => "default",
    };

    private static string Floating(double value, string keyword, string suffix)
    {
        if (double.IsNaN(value))
        {
            return keyword + ".NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return keyword + ".PositiveInfinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return keyword + ".NegativeInfinity";
        }

        string text = keyword == "float"
            ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
        return text + suffix;
    }
}
