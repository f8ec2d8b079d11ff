using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace StageAware.FakeAws;

/// <summary>
/// A stand-in for AWS on 127.0.0.1, for <c>AWS_ENDPOINT_URL</c>: STS, SSM, S3 and CloudFormation, enough for the real
/// AWS CDK CLI to deploy, diff and destroy apps that use the default stack synthesizer. Every account and region
/// it is asked about looks bootstrapped (qualifier hnb659fds) unless told otherwise; state lives in memory and is
/// keyed by account (from the credentials) and region (from the SigV4 credential scope). Every request is
/// recorded.
/// </summary>
/// <example>
/// <code>
/// await using var aws = FakeAwsServer.Start();
/// aws.FailResource("AWS::Cognito::UserPool", "Resource handler returned message: \"quota exceeded\"");
/// // run `cdk deploy` with AWS_ENDPOINT_URL=aws.Url, then:
/// FakeStackSnapshot? stack = aws.Stack("eu-west-1", "prod-notes-storage");
/// Assert.All(aws.Requests, r => Assert.Equal("eu-west-1", r.Region));
/// </code>
/// </example>
public sealed class FakeAwsServer : IAsyncDisposable
{
    private readonly HttpListener listener;
    private readonly FakeWorld world;
    private readonly StsApi sts;
    private readonly SsmApi ssm;
    private readonly S3Api s3;
    private readonly CloudFormationApi cloudFormation;
    private readonly List<RecordedRequest> requests = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private readonly List<Task> inFlight = new();

    private FakeAwsServer(HttpListener listener, int port, FakeAwsOptions options)
    {
        this.listener = listener;
        Port = port;
        Url = $"http://127.0.0.1:{port}";
        world = new FakeWorld(options);
        sts = new StsApi(world);
        ssm = new SsmApi(world);
        s3 = new S3Api(world);
        cloudFormation = new CloudFormationApi(world);
        loop = Task.Run(ServeAsync);
    }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The endpoint, for <c>AWS_ENDPOINT_URL</c>: <c>http://127.0.0.1:{port}</c>.</summary>
    public string Url { get; }

    /// <summary>The account of the caller's own credentials.</summary>
    public string Account => world.Options.Account;

    /// <summary>Every request so far, in order of arrival (a copy).</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToArray();
            }
        }
    }

    /// <summary>Starts a server on 127.0.0.1 (a free port unless <see cref="FakeAwsOptions.Port"/> says).</summary>
    public static FakeAwsServer Start(FakeAwsOptions? options = null)
    {
        options ??= new FakeAwsOptions();
        for (int attempt = 0; ; attempt++)
        {
            int port = options.Port != 0 ? options.Port : FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeAwsServer(listener, port, options);
            }
            catch (HttpListenerException) when (options.Port == 0 && attempt < 10)
            {
                listener.Close();
            }
        }
    }

    /// <summary>Forgets the requests recorded so far.</summary>
    public void ClearRequests()
    {
        lock (requests)
        {
            requests.Clear();
        }
    }

    /// <summary>
    /// Makes every create or update of a resource fail with <paramref name="reason"/> (a CREATE_FAILED or
    /// UPDATE_FAILED event, then the rollback): <paramref name="logicalIdOrType"/> is a logical id or a resource
    /// type, of one stack when <paramref name="stackName"/> is given.
    /// </summary>
    public void FailResource(string logicalIdOrType, string reason, string? stackName = null)
    {
        lock (world.Gate)
        {
            world.Rules.Add(new FailureRule(logicalIdOrType, stackName, FailureKind.Fail, reason));
        }
    }

    /// <summary>Makes every create or update of a resource start and never finish: its stack stays ..._IN_PROGRESS.</summary>
    public void NeverStabilize(string logicalIdOrType, string? stackName = null)
    {
        lock (world.Gate)
        {
            world.Rules.Add(new FailureRule(logicalIdOrType, stackName, FailureKind.NeverStabilize, ""));
        }
    }

    /// <summary>Removes every failure knob; operations already stuck stay stuck.</summary>
    public void ClearFailures()
    {
        lock (world.Gate)
        {
            world.Rules.Clear();
        }
    }

    /// <summary>Makes a region look never bootstrapped (no bootstrap version, bucket or roles), for any account asked later.</summary>
    public void Unbootstrap(string region)
    {
        lock (world.Gate)
        {
            world.Unbootstrapped.Add(region);
        }
    }

    /// <summary>Sets an SSM parameter of an account (the caller's by default) in a region.</summary>
    public void SetParameter(string region, string name, string value, string? account = null)
    {
        lock (world.Gate)
        {
            world.Region(account ?? Account, region).Parameters[name] = value;
        }
    }

    /// <summary>A live stack by name (or any stack by ARN), in the caller's account unless told; null when there is none.</summary>
    public FakeStackSnapshot? Stack(string region, string stackNameOrArn, string? account = null)
    {
        lock (world.Gate)
        {
            world.Advance();
            FakeStack? stack = world.Region(account ?? Account, region).Find(stackNameOrArn);
            return stack == null ? null : Snapshot(stack);
        }
    }

    /// <summary>The live (not deleted) stacks of a region, of every account unless told, oldest first.</summary>
    public IReadOnlyList<FakeStackSnapshot> Stacks(string? region = null, string? account = null, bool includeDeleted = false)
    {
        lock (world.Gate)
        {
            world.Advance();
            return world.AllRegions
                .Where(r => (region == null || r.Region == region) && (account == null || r.Account == account))
                .SelectMany(r => r.Stacks)
                .Where(s => includeDeleted || !s.Deleted)
                .OrderBy(s => s.Created)
                .Select(Snapshot)
                .ToList();
        }
    }

    /// <summary>The exports of a region: export name to value.</summary>
    public IReadOnlyDictionary<string, string> Exports(string region, string? account = null)
    {
        lock (world.Gate)
        {
            world.Advance();
            return world.Region(account ?? Account, region).Exports.ToDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal);
        }
    }

    /// <summary>Every object in every fake bucket.</summary>
    public IReadOnlyList<FakeS3Object> Objects()
    {
        lock (world.Gate)
        {
            return world.Buckets.Values
                .SelectMany(b => b.Objects.Select(o => new FakeS3Object(b.Account, b.Region, b.Name, o.Key, o.Value.Data.Length, o.Value.ContentType, o.Value.LastModified)))
                .ToList();
        }
    }

    /// <summary>The content of an object, or null.</summary>
    public byte[]? ObjectContent(string bucket, string key)
    {
        lock (world.Gate)
        {
            return world.Buckets.TryGetValue(bucket, out S3Bucket? b) && b.Objects.TryGetValue(key, out S3Object? o) ? o.Data.ToArray() : null;
        }
    }

    /// <summary>Stops listening and waits for the requests being answered.</summary>
    public async ValueTask DisposeAsync()
    {
        stopping.Cancel();
        listener.Stop();
        listener.Close();
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        Task[] pending;
        lock (inFlight)
        {
            pending = inFlight.ToArray();
        }

        await Task.WhenAll(pending).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        stopping.Dispose();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static FakeStackSnapshot Snapshot(FakeStack stack) => new(
        stack.StackId,
        stack.Name,
        stack.Account,
        stack.Region,
        stack.Status,
        stack.StatusReason,
        stack.Outputs.ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal),
        stack.Outputs.Where(o => o.ExportName != null).ToDictionary(o => o.ExportName!, o => o.Value, StringComparer.Ordinal),
        stack.Tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
        stack.Parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        stack.Resources.Values.Select(r => new FakeResourceSnapshot(r.LogicalId, r.Type, r.PhysicalId, r.Status, r.StatusReason)).ToList(),
        stack.Events.ToList(),
        stack.TemplateBody,
        stack.ExecutedChangeSets,
        stack.RoleArn);

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
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

            Task task = Task.Run(() => AnswerAsync(context));
            lock (inFlight)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
                inFlight.Add(task);
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            byte[] body;
            using (var buffer = new MemoryStream())
            {
                await context.Request.InputStream.CopyToAsync(buffer, stopping.Token).ConfigureAwait(false);
                body = buffer.ToArray();
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string? name in context.Request.Headers.AllKeys)
            {
                if (name != null)
                {
                    headers[name] = context.Request.Headers[name] ?? "";
                }
            }

            var request = new AwsHttpRequest(
                context.Request.HttpMethod, context.Request.RawUrl ?? "/", headers, body, context.Request.RemoteEndPoint?.Address.ToString() ?? "");
            AwsHttpResponse response = Answer(request);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = response.ContentType;
            context.Response.Headers["x-amzn-RequestId"] = Ids.RequestId();
            foreach ((string name, string value) in response.Headers)
            {
                context.Response.Headers[name] = value;
            }

            if (response.AnnouncedLength is { } announced)
            {
                context.Response.ContentLength64 = announced;
            }
            else
            {
                context.Response.ContentLength64 = response.Body.Length;
                await context.Response.OutputStream.WriteAsync(response.Body, stopping.Token).ConfigureAwait(false);
            }

            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            context.Response.Abort();
        }
    }

    /// <summary>Answers one request and records it.</summary>
    internal AwsHttpResponse Answer(AwsHttpRequest request)
    {
        string service = request.Service ?? "";
        string region = request.Region ?? "";
        AwsHttpResponse response;
        RequestScope scope;
        string? errorCode = null;
        lock (world.Gate)
        {
            scope = new RequestScope { Account = world.AccountOf(request.AccessKeyId), Region = region, AccessKeyId = request.AccessKeyId };
            try
            {
                response = Dispatch(service, request, scope);
            }
            catch (AwsException e)
            {
                errorCode = e.Code;
                response = ErrorResponse(service, request, e);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                var error = new AwsException(500, "InternalFailure", "The fake AWS server failed: " + e.Message, sender: false);
                errorCode = error.Code;
                response = ErrorResponse(service, request, error);
            }

            if (errorCode == null && response.Status >= 300)
            {
                errorCode = response.Headers.GetValueOrDefault("x-amz-error-code") ?? response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        lock (requests)
        {
            requests.Add(new RecordedRequest(
                requests.Count + 1,
                DateTimeOffset.UtcNow,
                service,
                scope.Action,
                region,
                scope.StackName,
                request.AccessKeyId,
                scope.Account,
                request.Method,
                request.RawPath,
                request.Header("Host") ?? "",
                request.RemoteAddress,
                scope.Bucket,
                scope.Key,
                response.Status,
                errorCode));
        }

        return response;
    }

    private AwsHttpResponse Dispatch(string service, AwsHttpRequest request, RequestScope scope)
    {
        if (service.Length == 0)
        {
            scope.Action = request.Form.GetValueOrDefault("Action") ?? request.Header("X-Amz-Target") ?? $"{request.Method} {request.RawPath}";
            throw new AwsException(403, "MissingAuthenticationToken", "Request is missing Authentication Token (the fake AWS server answers SigV4-signed requests only)");
        }

        switch (service)
        {
            case "sts":
            case "cloudformation":
            {
                Dictionary<string, string> form = request.Form;
                scope.Action = form.GetValueOrDefault("Action") ?? "";
                if (service == "sts")
                {
                    return AwsHttpResponse.Xml(sts.Handle(scope.Action, form, scope));
                }

                scope.StackName = CloudFormationApi.StackNameOf(form);
                return AwsHttpResponse.Xml(cloudFormation.Handle(scope.Action, form, scope));
            }

            case "s3":
                return s3.Handle(request, scope);
            default:
            {
                string target = request.Header("X-Amz-Target") ?? "";
                scope.Action = target.Contains('.', StringComparison.Ordinal) ? target.Substring(target.LastIndexOf('.') + 1) : target;
                if (service == "ssm" && target.StartsWith("AmazonSSM.", StringComparison.Ordinal))
                {
                    JsonObject body = (request.Body.Length == 0 ? null : JsonNode.Parse(request.Body) as JsonObject) ?? new JsonObject();
                    return AwsHttpResponse.Json(ssm.Handle(scope.Action, body, scope), "application/x-amz-json-1.1");
                }

                if (scope.Action.Length == 0)
                {
                    scope.Action = request.Form.GetValueOrDefault("Action") ?? $"{request.Method} {request.RawPath}";
                }

                throw new AwsException(400, "InvalidAction", $"{service} {scope.Action} is not served by the fake AWS server");
            }
        }
    }

    private static AwsHttpResponse ErrorResponse(string service, AwsHttpRequest request, AwsException error)
    {
        bool json = request.Header("X-Amz-Target") != null ||
            (request.Header("Content-Type") ?? "").Contains("json", StringComparison.OrdinalIgnoreCase);
        if (json)
        {
            var response = AwsHttpResponse.Json(SsmApi.Error(error), request.Header("Content-Type") ?? "application/x-amz-json-1.1", error.Status);
            response.Headers["x-amzn-ErrorType"] = error.Code;
            return response;
        }

        string ns = service switch
        {
            "sts" => StsApi.Namespace,
            "cloudformation" => CloudFormationApi.Namespace,
            _ => "https://aws.amazon.com/fake/",
        };
        return AwsHttpResponse.Xml(Query.Error(error, ns, Ids.RequestId()), error.Status);
    }
}
