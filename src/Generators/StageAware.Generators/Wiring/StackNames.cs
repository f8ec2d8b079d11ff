using System.Text;

namespace StageAware.Generators.Wiring;

/// <summary>The names the wiring derives from a stack class name.</summary>
internal static class StackNames
{
    private const string StackSuffix = "Stack";

    /// <summary>The wiring method of a class: <c>Add{ClassName}</c>.</summary>
    public static string MethodName(string className) => "Add" + className;

    /// <summary>
    /// The stack id used when the caller gives none: the class name without a trailing <c>Stack</c>, in kebab case
    /// (<c>NotesApiStack</c> is <c>notes-api</c>). The runtime takes ASCII letters, digits and hyphens with a letter
    /// first, so other characters separate words and an id that would not start with a letter gets <c>stack-</c>.
    /// </summary>
    public static string DefaultId(string className)
    {
        bool suffixed = className.Length > StackSuffix.Length
            && className.EndsWith(StackSuffix, System.StringComparison.Ordinal);
        string name = suffixed
            ? className.Substring(0, className.Length - StackSuffix.Length)
            : className;

        var id = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (!IsAsciiLetterOrDigit(c))
            {
                AppendSeparator(id);
                continue;
            }

            if (IsUpper(c) && i > 0 && StartsWord(name, i))
            {
                AppendSeparator(id);
            }

            id.Append(char.ToLowerInvariant(c));
        }

        string result = id.ToString().Trim('-');
        if (result.Length == 0 || !IsAsciiLetter(result[0]))
        {
            result = result.Length == 0 ? "stack" : "stack-" + result;
        }

        return result;
    }

    // An upper-case letter starts a word after a lower-case letter or a digit (`notesApi`, `s3Bucket`), and at the
    // end of an acronym when a lower-case letter follows (`APIGateway` is `api-gateway`).
    private static bool StartsWord(string name, int i)
    {
        char previous = name[i - 1];
        if (IsLower(previous) || char.IsDigit(previous))
        {
            return true;
        }

        return IsUpper(previous) && i + 1 < name.Length && IsLower(name[i + 1]);
    }

    private static void AppendSeparator(StringBuilder id)
    {
        if (id.Length > 0 && id[id.Length - 1] != '-')
        {
            id.Append('-');
        }
    }

    private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';

    private static bool IsLower(char c) => c >= 'a' && c <= 'z';

    private static bool IsAsciiLetter(char c) => IsUpper(c) || IsLower(c);

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9');
}
