using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace StageAware.IntegrationTests;

/// <summary>One AWS request as the endpoint saw it.</summary>
internal sealed record AwsRequest(string Service, string Region, string Action, string Path);

/// <summary>
/// A stand-in for AWS on 127.0.0.1, for AWS_ENDPOINT_URL: it records every request (service and region from the
/// SigV4 credential scope, the action) and answers STS GetCallerIdentity with a fixed account; anything else is
/// refused, so a test sees what the tools under test tried to reach.
/// </summary>
internal sealed class LocalAwsEndpoint : IAsyncDisposable
{
    public const string Account = "111111111111";

    private static readonly Regex Scope = new(@"Credential=[^/]+/\d{8}/([^/]+)/([^/]+)/aws4_request", RegexOptions.CultureInvariant);

    private readonly HttpListener listener = new();
    private readonly List<AwsRequest> requests = new();
    private readonly Task loop;

    public LocalAwsEndpoint()
    {
        Port = FreePort();
        Url = $"http://127.0.0.1:{Port}";
        listener.Prefixes.Add(Url + "/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url { get; }

    public IReadOnlyList<AwsRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToArray();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await AnswerAsync(context).ConfigureAwait(false);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        string body;
        using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync().ConfigureAwait(false);
        }

        Match scope = Scope.Match(context.Request.Headers["Authorization"] ?? "");
        string action = context.Request.Headers["X-Amz-Target"]
            ?? body.Split('&').Select(WebUtility.UrlDecode).FirstOrDefault(p => p!.StartsWith("Action=", StringComparison.Ordinal))?.Substring(7)
            ?? "";
        var request = new AwsRequest(
            scope.Success ? scope.Groups[2].Value : "",
            scope.Success ? scope.Groups[1].Value : "",
            action,
            context.Request.Url?.AbsolutePath ?? "");
        lock (requests)
        {
            requests.Add(request);
        }

        (int status, string xml) = request is { Service: "sts", Action: "GetCallerIdentity" }
            ? (200, "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>" +
                $"<Arn>arn:aws:iam::{Account}:user/tester</Arn><UserId>AIDATESTER</UserId><Account>{Account}</Account>" +
                "</GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>")
            : (400, "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code>" +
                $"<Message>{request.Service} {request.Action} is not served here</Message></Error></ErrorResponse>");

        byte[] bytes = Encoding.UTF8.GetBytes(xml);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        context.Response.Close();
    }
}
