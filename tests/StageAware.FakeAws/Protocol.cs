using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace StageAware.FakeAws;

/// <summary>An AWS error answer: the HTTP status, the error code the SDK maps to an exception name, and a message.</summary>
internal sealed class AwsException : Exception
{
    public AwsException(int status, string code, string message, bool sender = true)
        : base(message)
    {
        Status = status;
        Code = code;
        Sender = sender;
    }

    public int Status { get; }

    public string Code { get; }

    public bool Sender { get; }

    public static AwsException Validation(string message) => new(400, "ValidationError", message);
}

/// <summary>One HTTP request as the server read it, with the SigV4 credential scope taken apart.</summary>
internal sealed class AwsHttpRequest
{
    private static readonly Regex Scope = new(
        @"Credential=([^/,\s]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request", RegexOptions.CultureInvariant);

    private Dictionary<string, string>? form;

    public AwsHttpRequest(string method, string rawUrl, IDictionary<string, string> headers, byte[] body, string remoteAddress)
    {
        Method = method.ToUpperInvariant();
        Headers = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        Body = body;
        RemoteAddress = remoteAddress;
        int question = rawUrl.IndexOf('?', StringComparison.Ordinal);
        RawPath = question < 0 ? rawUrl : rawUrl.Substring(0, question);
        Query = ParseForm(question < 0 ? "" : rawUrl.Substring(question + 1));

        Match scope = Scope.Match(Header("Authorization") ?? "");
        if (scope.Success)
        {
            AccessKeyId = scope.Groups[1].Value;
            Region = scope.Groups[3].Value;
            Service = scope.Groups[4].Value;
        }
        else if (Query.TryGetValue("X-Amz-Credential", out string? presigned))
        {
            string[] parts = presigned.Split('/');
            if (parts.Length >= 4)
            {
                AccessKeyId = parts[0];
                Region = parts[2];
                Service = parts[3];
            }
        }
    }

    public string Method { get; }

    /// <summary>The path as sent, still percent-encoded.</summary>
    public string RawPath { get; }

    public Dictionary<string, string> Query { get; }

    public Dictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public string RemoteAddress { get; }

    public string? AccessKeyId { get; }

    public string? Region { get; }

    public string? Service { get; }

    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The form parameters of an awsQuery request (STS, CloudFormation).</summary>
    public Dictionary<string, string> Form => form ??= ParseForm(BodyText);

    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

    public static Dictionary<string, string> ParseForm(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string name = Decode(equals < 0 ? pair : pair.Substring(0, equals));
            string value = equals < 0 ? "" : Decode(pair.Substring(equals + 1));
            values[name] = value;
        }

        return values;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}

/// <summary>What the server sends back.</summary>
internal sealed class AwsHttpResponse
{
    public AwsHttpResponse(int status, string contentType, byte[] body)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
    }

    public int Status { get; }

    public string ContentType { get; }

    public byte[] Body { get; }

    /// <summary>For HEAD: the length to announce without a body.</summary>
    public long? AnnouncedLength { get; init; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static AwsHttpResponse Xml(string xml, int status = 200) =>
        new(status, "text/xml", Encoding.UTF8.GetBytes(xml));

    public static AwsHttpResponse Json(string json, string contentType, int status = 200) =>
        new(status, contentType, Encoding.UTF8.GetBytes(json));

    public static AwsHttpResponse Empty(int status = 200) => new(status, "application/xml", Array.Empty<byte>());
}

/// <summary>The awsQuery protocol: form parameters in, XML out.</summary>
internal static class Query
{
    public static string Escape(string? text) => SecurityElement.Escape(text ?? "") ?? "";

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The members of a list parameter: <c>Name.member.1</c>, <c>Name.member.2</c>, ...</summary>
    public static List<string> List(Dictionary<string, string> form, string name)
    {
        var values = new List<string>();
        for (int i = 1; form.TryGetValue($"{name}.member.{i}", out string? value); i++)
        {
            values.Add(value);
        }

        return values;
    }

    /// <summary>The members of a list of structures: each a dictionary of the fields after <c>Name.member.N.</c>.</summary>
    public static List<Dictionary<string, string>> Structures(Dictionary<string, string> form, string name)
    {
        var members = new SortedDictionary<int, Dictionary<string, string>>();
        string prefix = name + ".member.";
        foreach ((string key, string value) in form)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            string rest = key.Substring(prefix.Length);
            int dot = rest.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || !int.TryParse(rest.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                continue;
            }

            if (!members.TryGetValue(index, out Dictionary<string, string>? member))
            {
                members[index] = member = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            member[rest.Substring(dot + 1)] = value;
        }

        return members.Values.ToList();
    }

    public static string Response(string action, string xmlNamespace, string result, string requestId) =>
        $"<{action}Response xmlns=\"{xmlNamespace}\">" +
        (result.Length == 0 ? "" : $"<{action}Result>{result}</{action}Result>") +
        $"<ResponseMetadata><RequestId>{requestId}</RequestId></ResponseMetadata></{action}Response>";

    public static string Error(AwsException error, string xmlNamespace, string requestId) =>
        $"<ErrorResponse xmlns=\"{xmlNamespace}\"><Error><Type>{(error.Sender ? "Sender" : "Receiver")}</Type>" +
        $"<Code>{Escape(error.Code)}</Code><Message>{Escape(error.Message)}</Message></Error>" +
        $"<RequestId>{requestId}</RequestId></ErrorResponse>";

    /// <summary>An element with escaped text, or nothing when the value is null.</summary>
    public static string Element(string name, string? value) =>
        value == null ? "" : $"<{name}>{Escape(value)}</{name}>";
}

/// <summary>Reads an S3 body that the SDK sent in the aws-chunked encoding (streamed uploads with a checksum trailer).</summary>
internal static class AwsChunked
{
    public static bool IsChunked(AwsHttpRequest request) =>
        (request.Header("Content-Encoding") ?? "").Contains("aws-chunked", StringComparison.OrdinalIgnoreCase) ||
        (request.Header("x-amz-content-sha256") ?? "").StartsWith("STREAMING-", StringComparison.Ordinal);

    public static byte[] Decode(byte[] body)
    {
        using var output = new MemoryStream();
        int position = 0;
        while (position < body.Length)
        {
            int lineEnd = IndexOfCrLf(body, position);
            if (lineEnd < 0)
            {
                break;
            }

            string header = Encoding.ASCII.GetString(body, position, lineEnd - position);
            int semicolon = header.IndexOf(';', StringComparison.Ordinal);
            string hex = (semicolon < 0 ? header : header.Substring(0, semicolon)).Trim();
            int size = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            position = lineEnd + 2;
            if (size == 0)
            {
                break;
            }

            output.Write(body, position, Math.Min(size, body.Length - position));
            position += size + 2;
        }

        return output.ToArray();
    }

    private static int IndexOfCrLf(byte[] bytes, int start)
    {
        for (int i = start; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>Short random strings for fake ids.</summary>
internal static class Ids
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string UpperAlnum(int length) => Pick(Upper, length);

    public static string LowerAlnum(int length) => Pick(Lower, length);

    public static string RequestId() => Guid.NewGuid().ToString();

    private static string Pick(string alphabet, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return new string(chars);
    }
}
