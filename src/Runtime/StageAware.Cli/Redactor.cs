using System;
using System.Collections.Generic;
using System.Linq;

namespace StageAware.Cli;

/// <summary>Keeps secrets of the environment out of everything the CLI prints or writes.</summary>
internal sealed class Redactor
{
    private static readonly string[] SecretVariables =
    {
        "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN",
    };

    private readonly string[] secrets;

    public Redactor(Func<string, string?> environment)
    {
        secrets = SecretVariables
            .Select(environment)
            .Where(v => !string.IsNullOrEmpty(v))
            .Select(v => v!)
            .ToArray();
    }

    public string Redact(string text)
    {
        foreach (string secret in secrets)
        {
            text = text.Replace(secret, "****", StringComparison.Ordinal);
        }

        return text;
    }

    public IEnumerable<string> Redact(IEnumerable<string> lines) => lines.Select(Redact);
}
