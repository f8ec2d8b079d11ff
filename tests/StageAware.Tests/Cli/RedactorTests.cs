using System.Collections.Generic;
using System.Linq;
using StageAware.Cli;
using Xunit;

namespace StageAware.Tests.Cli;

public sealed class RedactorTests
{
    private static Redactor For(Dictionary<string, string> environment) =>
        new(name => environment.TryGetValue(name, out string? value) ? value : null);

    [Theory]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("AWS_SESSION_TOKEN")]
    [InlineData("AWS_SECURITY_TOKEN")]
    public void Every_occurrence_of_a_secret_is_hidden(string variable)
    {
        Redactor redactor = For(new() { [variable] = "fakeSecretKey1234567890" });

        Assert.Equal(
            "key=**** again ****.",
            redactor.Redact("key=fakeSecretKey1234567890 again fakeSecretKey1234567890."));
    }

    [Fact]
    public void Several_secrets_are_hidden_in_every_line()
    {
        Redactor redactor = For(new()
        {
            ["AWS_SECRET_ACCESS_KEY"] = "fakeSecretKey1234567890",
            ["AWS_SESSION_TOKEN"] = "fakeSessionToken0987654321",
        });

        string[] redacted = redactor.Redact(new[]
        {
            "secret fakeSecretKey1234567890",
            "token fakeSessionToken0987654321 and fakeSecretKey1234567890",
        }).ToArray();

        Assert.Equal(new[] { "secret ****", "token **** and ****" }, redacted);
    }

    [Fact]
    public void Other_variables_are_left_alone_and_a_short_secret_is_hidden_too()
    {
        Redactor redactor = For(new()
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIAFAKEFAKEFAKE",
            ["AWS_SESSION_TOKEN"] = "short",
            ["AWS_SECRET_ACCESS_KEY"] = "",
        });

        Assert.Equal("AKIAFAKEFAKEFAKE **** text", redactor.Redact("AKIAFAKEFAKEFAKE short text"));
    }

    [Fact]
    public void A_secret_of_eight_characters_is_hidden()
    {
        Redactor redactor = For(new() { ["AWS_SECRET_ACCESS_KEY"] = "12345678" });

        Assert.Equal("id ****9", redactor.Redact("id 123456789"));
    }
}
