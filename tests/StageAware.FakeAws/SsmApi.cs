using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StageAware.FakeAws;

/// <summary>SSM Parameter Store (JSON 1.1): the bootstrap version the CDK CLI checks, and any parameter a test sets.</summary>
internal sealed class SsmApi
{
    private readonly FakeWorld world;

    public SsmApi(FakeWorld world)
    {
        this.world = world;
    }

    public string Handle(string action, JsonObject body, RequestScope request)
    {
        RegionState region = world.Region(request.Account, request.Region);
        switch (action)
        {
            case "GetParameter":
            {
                string name = body["Name"]?.GetValue<string>() ?? "";
                if (!region.Parameters.TryGetValue(name, out string? value))
                {
                    throw new AwsException(400, "ParameterNotFound", "");
                }

                return new JsonObject { ["Parameter"] = Parameter(region, name, value) }.ToJsonString();
            }

            case "GetParameters":
            {
                List<string> names = (body["Names"] as JsonArray ?? new JsonArray()).Select(n => n?.GetValue<string>() ?? "").ToList();
                var found = new JsonArray();
                var invalid = new JsonArray();
                foreach (string name in names)
                {
                    if (region.Parameters.TryGetValue(name, out string? value))
                    {
                        found.Add(Parameter(region, name, value));
                    }
                    else
                    {
                        invalid.Add(name);
                    }
                }

                return new JsonObject { ["Parameters"] = found, ["InvalidParameters"] = invalid }.ToJsonString();
            }

            case "PutParameter":
            {
                string name = body["Name"]?.GetValue<string>() ?? "";
                bool overwrite = body["Overwrite"]?.GetValue<bool>() ?? false;
                if (region.Parameters.ContainsKey(name) && !overwrite)
                {
                    throw new AwsException(400, "ParameterAlreadyExists", "The parameter already exists. To overwrite this value, set the overwrite option in the request to true.");
                }

                region.Parameters[name] = body["Value"]?.GetValue<string>() ?? "";
                return new JsonObject { ["Version"] = 1, ["Tier"] = "Standard" }.ToJsonString();
            }

            default:
                throw new AwsException(400, "InvalidAction", $"The action {action} is not valid for this fake SSM.");
        }
    }

    private static JsonObject Parameter(RegionState region, string name, string value) => new()
    {
        ["Name"] = name,
        ["Type"] = "String",
        ["Value"] = value,
        ["Version"] = 1,
        ["LastModifiedDate"] = JsonValue.Create(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0),
        ["ARN"] = $"arn:aws:ssm:{region.Region}:{region.Account}:parameter{(name.StartsWith('/') ? "" : "/")}{name}",
        ["DataType"] = "text",
    };

    public static string Error(AwsException e) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["__type"] = e.Code, ["message"] = e.Message }) ?? "{}";
}
