using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace StageAware.FakeAws;

/// <summary>
/// S3 (REST XML, path-style as the SDK addresses an IP endpoint): what the CDK CLI and cdk-assets do with the
/// bootstrap assets bucket, and what CloudFormation reads templates from.
/// </summary>
internal sealed class S3Api
{
    private const string Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";
    private const string XmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private static readonly Regex TemplateUrl = new(
        @"^https?://(?:(?<vbucket>[^./]+)\.)?s3[.-](?:(?<region>[a-z0-9-]+)\.)?amazonaws\.com(?:\.cn)?/(?<rest>.*)$",
        RegexOptions.CultureInvariant);

    private readonly FakeWorld world;
    private readonly Dictionary<string, SortedDictionary<int, byte[]>> uploads = new(StringComparer.Ordinal);

    public S3Api(FakeWorld world)
    {
        this.world = world;
    }

    /// <summary>Reads the template a CloudFormation TemplateURL points at from the fake buckets, or null.</summary>
    public static string? ReadTemplate(FakeWorld world, string url, RequestScope request)
    {
        string bucket;
        string key;
        Match match = TemplateUrl.Match(url);
        if (match.Success && match.Groups["vbucket"].Success && match.Groups["vbucket"].Value != "s3")
        {
            bucket = match.Groups["vbucket"].Value;
            key = match.Groups["rest"].Value;
        }
        else
        {
            string path = match.Success ? match.Groups["rest"].Value : Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? uri.AbsolutePath.TrimStart('/') : "";
            int slash = path.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                return null;
            }

            bucket = path.Substring(0, slash);
            key = path.Substring(slash + 1);
        }

        key = Uri.UnescapeDataString(key);
        if (!world.Buckets.TryGetValue(bucket, out S3Bucket? found) || found.Account != request.Account ||
            !found.Objects.TryGetValue(key, out S3Object? obj))
        {
            return null;
        }

        return Encoding.UTF8.GetString(obj.Data);
    }

    public AwsHttpResponse Handle(AwsHttpRequest request, RequestScope scope)
    {
        string path = request.RawPath.TrimStart('/');
        int slash = path.IndexOf('/', StringComparison.Ordinal);
        string bucketName = Uri.UnescapeDataString(slash < 0 ? path : path.Substring(0, slash));
        string? key = slash < 0 || slash == path.Length - 1 ? null : Uri.UnescapeDataString(path.Substring(slash + 1));
        scope.Bucket = bucketName.Length == 0 ? null : bucketName;
        scope.Key = key;
        scope.Action = Operation(request, bucketName, key);

        try
        {
            if (bucketName.Length == 0)
            {
                throw Error(400, "InvalidAction", "ListBuckets is not served by this fake S3", null);
            }

            world.Region(scope.Account, scope.Region);
            if (!world.Buckets.TryGetValue(bucketName, out S3Bucket? bucket))
            {
                throw Error(404, "NoSuchBucket", "The specified bucket does not exist", bucketName);
            }

            if (bucket.Account != scope.Account)
            {
                throw Error(403, "AccessDenied", "Access Denied", bucketName);
            }

            if (request.Header("x-amz-expected-bucket-owner") is { } owner && owner != bucket.Account)
            {
                throw Error(403, "AccessDenied", "Access Denied", bucketName);
            }

            if (scope.Action != "GetBucketLocation" && scope.Region != bucket.Region)
            {
                throw Error(400, "AuthorizationHeaderMalformed",
                    $"The authorization header is malformed; the region '{scope.Region}' is wrong; expecting '{bucket.Region}'", bucketName);
            }

            return scope.Action switch
            {
                "GetBucketLocation" => Xml(bucket.Region == "us-east-1"
                    ? $"<LocationConstraint xmlns=\"{Namespace}\"/>"
                    : $"<LocationConstraint xmlns=\"{Namespace}\">{bucket.Region}</LocationConstraint>"),
                "GetBucketEncryption" => Xml(
                    $"<ServerSideEncryptionConfiguration xmlns=\"{Namespace}\"><Rule><ApplyServerSideEncryptionByDefault>" +
                    "<SSEAlgorithm>aws:kms</SSEAlgorithm></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>false</BucketKeyEnabled>" +
                    "</Rule></ServerSideEncryptionConfiguration>"),
                "HeadBucket" => Headers(AwsHttpResponse.Empty(), ("x-amz-bucket-region", bucket.Region)),
                "ListObjectsV2" => ListObjects(bucket, request, v2: true),
                "ListObjects" => ListObjects(bucket, request, v2: false),
                "PutObject" => PutObject(bucket, key!, request),
                "GetObject" or "HeadObject" => GetObject(bucket, key!, head: scope.Action == "HeadObject"),
                "DeleteObject" => DeleteObject(bucket, key!),
                "CreateMultipartUpload" => CreateMultipartUpload(bucket, key!),
                "UploadPart" => UploadPart(request),
                "CompleteMultipartUpload" => CompleteMultipartUpload(bucket, key!, request),
                "AbortMultipartUpload" => AbortMultipartUpload(request),
                _ => throw Error(400, "InvalidAction", $"{scope.Action} is not served by this fake S3", bucketName),
            };
        }
        catch (AwsException e)
        {
            string xml = $"{XmlHeader}<Error><Code>{Query.Escape(e.Code)}</Code><Message>{Query.Escape(e.Message)}</Message>" +
                $"{Query.Element("BucketName", scope.Bucket)}<RequestId>{Ids.UpperAlnum(16)}</RequestId></Error>";
            if (request.Method == "HEAD")
            {
                return new AwsHttpResponse(e.Status, "application/xml", Array.Empty<byte>()) { AnnouncedLength = 0 };
            }

            return Headers(AwsHttpResponse.Xml(xml, e.Status), ("x-amz-error-code", e.Code));
        }
    }

    private static string Operation(AwsHttpRequest request, string bucket, string? key)
    {
        Dictionary<string, string> q = request.Query;
        if (q.TryGetValue("x-id", out string? id) && id.Length > 0)
        {
            return id;
        }

        if (key == null)
        {
            return request.Method switch
            {
                "GET" when q.ContainsKey("location") => "GetBucketLocation",
                "GET" when q.ContainsKey("encryption") => "GetBucketEncryption",
                "GET" when q.GetValueOrDefault("list-type") == "2" => "ListObjectsV2",
                "GET" when q.Count == 0 || q.ContainsKey("prefix") || q.ContainsKey("marker") => "ListObjects",
                "HEAD" => "HeadBucket",
                _ => $"{request.Method} bucket ?{string.Join("&", q.Keys)}",
            };
        }

        return request.Method switch
        {
            "PUT" when q.ContainsKey("partNumber") && q.ContainsKey("uploadId") => "UploadPart",
            "POST" when q.ContainsKey("uploads") => "CreateMultipartUpload",
            "POST" when q.ContainsKey("uploadId") => "CompleteMultipartUpload",
            "DELETE" when q.ContainsKey("uploadId") => "AbortMultipartUpload",
            "PUT" when q.Count == 0 => "PutObject",
            "GET" when q.Count == 0 => "GetObject",
            "HEAD" when q.Count == 0 => "HeadObject",
            "DELETE" when q.Count == 0 => "DeleteObject",
            _ => $"{request.Method} object ?{string.Join("&", q.Keys)}",
        };
    }

    private static AwsException Error(int status, string code, string message, string? bucket) => new(status, code, message);

    private static AwsHttpResponse Xml(string xml) => AwsHttpResponse.Xml(XmlHeader + xml);

    private static AwsHttpResponse Headers(AwsHttpResponse response, params (string Name, string Value)[] headers)
    {
        foreach ((string name, string value) in headers)
        {
            response.Headers[name] = value;
        }

        return response;
    }

    private static byte[] Payload(AwsHttpRequest request) => AwsChunked.IsChunked(request) ? AwsChunked.Decode(request.Body) : request.Body;

    private AwsHttpResponse PutObject(S3Bucket bucket, string key, AwsHttpRequest request)
    {
        byte[] data = Payload(request);
        string etag = ETag(data);
        bucket.Objects[key] = new S3Object(data, request.Header("Content-Type") ?? "binary/octet-stream", world.Now(), etag);
        var response = Headers(AwsHttpResponse.Empty(), ("ETag", etag));
        foreach (string checksum in new[] { "x-amz-checksum-sha256", "x-amz-checksum-crc32", "x-amz-checksum-crc32c", "x-amz-checksum-crc64nvme", "x-amz-checksum-sha1" })
        {
            if (request.Header(checksum) is { } value)
            {
                response.Headers[checksum] = value;
            }
        }

        if (request.Header("x-amz-server-side-encryption") is { } sse)
        {
            response.Headers["x-amz-server-side-encryption"] = sse;
        }

        return response;
    }

    private static AwsHttpResponse GetObject(S3Bucket bucket, string key, bool head)
    {
        if (!bucket.Objects.TryGetValue(key, out S3Object? obj))
        {
            throw Error(404, "NoSuchKey", "The specified key does not exist.", bucket.Name);
        }

        var response = head
            ? new AwsHttpResponse(200, obj.ContentType, Array.Empty<byte>()) { AnnouncedLength = obj.Data.Length }
            : new AwsHttpResponse(200, obj.ContentType, obj.Data);
        return Headers(response, ("ETag", obj.ETag), ("Last-Modified", obj.LastModified.ToString("R", CultureInfo.InvariantCulture)),
            ("Accept-Ranges", "bytes"));
    }

    private static AwsHttpResponse DeleteObject(S3Bucket bucket, string key)
    {
        bucket.Objects.Remove(key);
        return AwsHttpResponse.Empty(204);
    }

    private static AwsHttpResponse ListObjects(S3Bucket bucket, AwsHttpRequest request, bool v2)
    {
        string prefix = request.Query.GetValueOrDefault("prefix") ?? "";
        int max = int.TryParse(request.Query.GetValueOrDefault("max-keys"), NumberStyles.None, CultureInfo.InvariantCulture, out int m) ? m : 1000;
        string after = request.Query.GetValueOrDefault(v2 ? "continuation-token" : "marker") ?? request.Query.GetValueOrDefault("start-after") ?? "";
        var matching = bucket.Objects.Where(o => o.Key.StartsWith(prefix, StringComparison.Ordinal) && string.CompareOrdinal(o.Key, after) > 0).ToList();
        var page = matching.Take(max).ToList();
        bool truncated = matching.Count > page.Count;
        var xml = new StringBuilder($"<ListBucketResult xmlns=\"{Namespace}\">");
        xml.Append(Query.Element("Name", bucket.Name)).Append(Query.Element("Prefix", prefix));
        if (v2)
        {
            xml.Append(Query.Element("KeyCount", page.Count.ToString(CultureInfo.InvariantCulture)));
        }

        xml.Append(Query.Element("MaxKeys", max.ToString(CultureInfo.InvariantCulture))).Append(Query.Element("IsTruncated", truncated ? "true" : "false"));
        if (truncated && v2)
        {
            xml.Append(Query.Element("NextContinuationToken", page[^1].Key));
        }

        foreach ((string key, S3Object obj) in page)
        {
            xml.Append("<Contents>").Append(Query.Element("Key", key)).Append(Query.Element("LastModified", Query.Timestamp(obj.LastModified)))
                .Append(Query.Element("ETag", obj.ETag)).Append(Query.Element("Size", obj.Data.Length.ToString(CultureInfo.InvariantCulture)))
                .Append("<StorageClass>STANDARD</StorageClass></Contents>");
        }

        return Xml(xml.Append("</ListBucketResult>").ToString());
    }

    private AwsHttpResponse CreateMultipartUpload(S3Bucket bucket, string key)
    {
        string uploadId = Ids.LowerAlnum(32);
        uploads[uploadId] = new SortedDictionary<int, byte[]>();
        return Xml($"<InitiateMultipartUploadResult xmlns=\"{Namespace}\">{Query.Element("Bucket", bucket.Name)}{Query.Element("Key", key)}" +
            $"{Query.Element("UploadId", uploadId)}</InitiateMultipartUploadResult>");
    }

    private AwsHttpResponse UploadPart(AwsHttpRequest request)
    {
        string uploadId = request.Query["uploadId"];
        if (!uploads.TryGetValue(uploadId, out SortedDictionary<int, byte[]>? parts))
        {
            throw Error(404, "NoSuchUpload", "The specified upload does not exist.", null);
        }

        byte[] data = Payload(request);
        parts[int.Parse(request.Query["partNumber"], CultureInfo.InvariantCulture)] = data;
        return Headers(AwsHttpResponse.Empty(), ("ETag", ETag(data)));
    }

    private AwsHttpResponse CompleteMultipartUpload(S3Bucket bucket, string key, AwsHttpRequest request)
    {
        string uploadId = request.Query["uploadId"];
        if (!uploads.Remove(uploadId, out SortedDictionary<int, byte[]>? parts))
        {
            throw Error(404, "NoSuchUpload", "The specified upload does not exist.", bucket.Name);
        }

        byte[] data = parts.Values.SelectMany(p => p).ToArray();
        string etag = ETag(data);
        bucket.Objects[key] = new S3Object(data, "binary/octet-stream", world.Now(), etag);
        return Xml($"<CompleteMultipartUploadResult xmlns=\"{Namespace}\">{Query.Element("Bucket", bucket.Name)}{Query.Element("Key", key)}" +
            $"{Query.Element("ETag", etag)}</CompleteMultipartUploadResult>");
    }

    private AwsHttpResponse AbortMultipartUpload(AwsHttpRequest request)
    {
        uploads.Remove(request.Query["uploadId"]);
        return AwsHttpResponse.Empty(204);
    }

    private static string ETag(byte[] data) => "\"" + Convert.ToHexString(MD5.HashData(data)).ToLowerInvariant() + "\"";
}
