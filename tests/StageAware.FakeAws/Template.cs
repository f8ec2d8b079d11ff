using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StageAware.FakeAws;

/// <summary>A template that CloudFormation cannot process, or an intrinsic it cannot resolve.</summary>
internal sealed class TemplateException : Exception
{
    public TemplateException(string message)
        : base(message)
    {
    }
}

/// <summary>What intrinsic functions resolve against: the stack's parameters, resources, and the region's exports.</summary>
internal sealed class TemplateScope
{
    public required string Account { get; init; }

    public required string Region { get; init; }

    public required string StackName { get; init; }

    public required string StackId { get; init; }

    public required JsonObject Template { get; init; }

    /// <summary>Parameter name to resolved value.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    /// <summary>Ref of a resource, or null when it does not exist (yet).</summary>
    public required Func<string, string?> ResourceRef { get; init; }

    /// <summary>Fn::GetAtt of a resource, or null when it does not exist (yet).</summary>
    public required Func<string, string, string?> ResourceAttribute { get; init; }

    /// <summary>The value of an export of the region, or null.</summary>
    public required Func<string, string?> Export { get; init; }

    public Dictionary<string, bool> Conditions { get; } = new(StringComparer.Ordinal);
}

/// <summary>Reads CloudFormation templates and resolves the intrinsic functions a CDK app emits.</summary>
internal static class Template
{
    private static readonly Regex SubVariable = new(@"\$\{(!?)([^}]+)\}", RegexOptions.CultureInvariant);

    public static JsonObject Parse(string body)
    {
        string trimmed = body.TrimStart();
        if (!trimmed.StartsWith('{'))
        {
            throw AwsException.Validation("Template format error: this fake CloudFormation reads JSON templates only");
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject
                ?? throw AwsException.Validation("Template format error: JSON not well-formed.");
        }
        catch (JsonException e)
        {
            throw AwsException.Validation("Template format error: JSON not well-formed. " + e.Message);
        }
    }

    public static JsonObject Section(JsonObject template, string name) => template[name] as JsonObject ?? new JsonObject();

    /// <summary>A canonical text of a node, keys sorted, to compare two definitions.</summary>
    public static string Canonical(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    /// <summary>Evaluates the Conditions section into <see cref="TemplateScope.Conditions"/>.</summary>
    public static void EvaluateConditions(TemplateScope scope)
    {
        JsonObject conditions = Section(scope.Template, "Conditions");
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string name, _) in conditions)
        {
            Condition(scope, name, visiting);
        }
    }

    public static bool Condition(TemplateScope scope, string name, HashSet<string>? visiting = null)
    {
        if (scope.Conditions.TryGetValue(name, out bool known))
        {
            return known;
        }

        JsonObject conditions = Section(scope.Template, "Conditions");
        if (!conditions.TryGetPropertyValue(name, out JsonNode? definition))
        {
            throw AwsException.Validation($"Template format error: Unresolved dependencies [{name}]. Cannot reference resources in the Conditions block of the template");
        }

        visiting ??= new HashSet<string>(StringComparer.Ordinal);
        if (!visiting.Add(name))
        {
            throw AwsException.Validation($"Template error: circular condition dependency on {name}");
        }

        bool value = Truthy(Evaluate(definition, scope));
        scope.Conditions[name] = value;
        return value;
    }

    /// <summary>Whether a resource or output with an optional <c>Condition</c> is part of the stack.</summary>
    public static bool Included(JsonObject element, TemplateScope scope) =>
        element["Condition"] is not JsonValue condition || Condition(scope, condition.GetValue<string>());

    /// <summary>Resolves every intrinsic function in <paramref name="node"/>.</summary>
    public static JsonNode? Evaluate(JsonNode? node, TemplateScope scope)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonArray array:
            {
                var result = new JsonArray();
                foreach (JsonNode? item in array)
                {
                    JsonNode? value = Evaluate(item, scope);
                    if (!IsNoValue(value))
                    {
                        result.Add(value);
                    }
                }

                return result;
            }

            case JsonObject obj when obj.Count == 1 && IsIntrinsic(obj.First().Key):
                return Intrinsic(obj.First().Key, obj.First().Value, scope);
            case JsonObject obj:
            {
                var result = new JsonObject();
                foreach ((string key, JsonNode? value) in obj)
                {
                    JsonNode? resolved = Evaluate(value, scope);
                    if (!IsNoValue(resolved))
                    {
                        result[key] = resolved;
                    }
                }

                return result;
            }

            default:
                return node.DeepClone();
        }
    }

    public static string EvaluateString(JsonNode? node, TemplateScope scope) => AsString(Evaluate(node, scope));

    /// <summary>The names of the exports a template imports, where they can be known before the stack runs.</summary>
    public static List<string> Imports(JsonNode? node, TemplateScope scope)
    {
        var names = new List<string>();
        CollectImports(node, scope, names);
        return names;
    }

    /// <summary>The logical ids of the resources a node refers to (Ref, Fn::GetAtt, Fn::Sub).</summary>
    public static HashSet<string> References(JsonNode? node, JsonObject resources)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        CollectReferences(node, resources, found);
        return found;
    }

    /// <summary>The resources of the stack in an order that creates every resource after the ones it refers to.</summary>
    public static List<string> CreationOrder(JsonObject resources, IEnumerable<string> included)
    {
        var set = new HashSet<string>(included, StringComparer.Ordinal);
        var order = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);

        void Visit(string id)
        {
            if (state.TryGetValue(id, out int s))
            {
                if (s == 1)
                {
                    throw AwsException.Validation($"Circular dependency between resources: [{id}]");
                }

                return;
            }

            state[id] = 1;
            JsonObject definition = resources[id] as JsonObject ?? new JsonObject();
            var dependencies = References(definition, resources);
            foreach (string dependsOn in DependsOn(definition))
            {
                dependencies.Add(dependsOn);
            }

            foreach (string dependency in dependencies.Where(set.Contains).OrderBy(d => d, StringComparer.Ordinal))
            {
                if (dependency != id)
                {
                    Visit(dependency);
                }
            }

            state[id] = 2;
            order.Add(id);
        }

        foreach ((string id, _) in resources)
        {
            if (set.Contains(id))
            {
                Visit(id);
            }
        }

        return order;
    }

    public static string AsString(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonValue value when value.TryGetValue(out bool flag) => flag ? "true" : "false",
        JsonValue value => value.ToJsonString(),
        JsonArray array => string.Join(",", array.Select(AsString)),
        _ => node.ToJsonString(),
    };

    private static IEnumerable<string> DependsOn(JsonObject definition) => definition["DependsOn"] switch
    {
        JsonValue one => new[] { one.GetValue<string>() },
        JsonArray many => many.Select(AsString),
        _ => Array.Empty<string>(),
    };

    private static bool IsIntrinsic(string key) => key == "Ref" || key == "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal);

    private static bool IsNoValue(JsonNode? node) => node is JsonObject obj && obj.Count == 1 && obj["__NoValue"] != null;

    private static JsonNode NoValue() => new JsonObject { ["__NoValue"] = true };

    private static bool Truthy(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue(out bool flag) => flag,
        JsonValue value when value.TryGetValue(out string? text) => string.Equals(text, "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static JsonNode? Intrinsic(string name, JsonNode? argument, TemplateScope scope)
    {
        switch (name)
        {
            case "Ref":
                return Ref(AsString(argument), scope);
            case "Condition":
                return Condition(scope, AsString(argument));
            case "Fn::GetAtt":
            {
                string logicalId;
                string attribute;
                if (argument is JsonArray pair && pair.Count == 2)
                {
                    logicalId = AsString(pair[0]);
                    attribute = AsString(Evaluate(pair[1], scope));
                }
                else
                {
                    string text = AsString(argument);
                    int dot = text.IndexOf('.', StringComparison.Ordinal);
                    logicalId = dot < 0 ? text : text.Substring(0, dot);
                    attribute = dot < 0 ? "" : text.Substring(dot + 1);
                }

                return scope.ResourceAttribute(logicalId, attribute)
                    ?? throw new TemplateException($"Template error: resource {logicalId} is not available for Fn::GetAtt {attribute}");
            }

            case "Fn::Join":
            {
                JsonArray parts = argument as JsonArray ?? throw new TemplateException("Template error: Fn::Join needs a list");
                string separator = AsString(parts[0]);
                JsonNode? values = Evaluate(parts[1], scope);
                return values is JsonArray list ? string.Join(separator, list.Select(AsString)) : AsString(values);
            }

            case "Fn::Sub":
                return Sub(argument, scope);
            case "Fn::Select":
            {
                JsonArray parts = argument as JsonArray ?? throw new TemplateException("Template error: Fn::Select needs a list");
                int index = int.Parse(AsString(Evaluate(parts[0], scope)), CultureInfo.InvariantCulture);
                JsonNode? list = Evaluate(parts[1], scope);
                JsonArray items = list as JsonArray ?? new JsonArray(AsString(list).Split(',').Select(s => (JsonNode?)s).ToArray());
                if (index < 0 || index >= items.Count)
                {
                    throw new TemplateException("Template error: Fn::Select cannot select nonexistent value at index " + index);
                }

                return items[index]?.DeepClone();
            }

            case "Fn::Split":
            {
                JsonArray parts = argument as JsonArray ?? throw new TemplateException("Template error: Fn::Split needs a list");
                string separator = AsString(parts[0]);
                string text = AsString(Evaluate(parts[1], scope));
                return new JsonArray(text.Split(separator).Select(s => (JsonNode?)s).ToArray());
            }

            case "Fn::GetAZs":
            {
                string region = AsString(Evaluate(argument, scope));
                region = region.Length == 0 ? scope.Region : region;
                return new JsonArray(region + "a", region + "b", region + "c");
            }

            case "Fn::ImportValue":
            {
                string exportName = AsString(Evaluate(argument, scope));
                return scope.Export(exportName) ?? throw new TemplateException($"No export named {exportName} found. Rollback requested by user.");
            }

            case "Fn::Base64":
                return Convert.ToBase64String(Encoding.UTF8.GetBytes(AsString(Evaluate(argument, scope))));
            case "Fn::FindInMap":
            {
                JsonArray parts = argument as JsonArray ?? throw new TemplateException("Template error: Fn::FindInMap needs a list");
                string map = AsString(Evaluate(parts[0], scope));
                string top = AsString(Evaluate(parts[1], scope));
                string second = AsString(Evaluate(parts[2], scope));
                JsonNode? found = Section(scope.Template, "Mappings")[map]?[top]?[second];
                return found?.DeepClone() ?? throw new TemplateException($"Template error: Unable to get mapping for {map}::{top}::{second}");
            }

            case "Fn::If":
            {
                JsonArray parts = argument as JsonArray ?? throw new TemplateException("Template error: Fn::If needs a list");
                return Condition(scope, AsString(parts[0])) ? Evaluate(parts[1], scope) : Evaluate(parts[2], scope);
            }

            case "Fn::Equals":
            {
                JsonArray parts = argument as JsonArray ?? throw new TemplateException("Template error: Fn::Equals needs a list");
                return Canonical(Evaluate(parts[0], scope)) == Canonical(Evaluate(parts[1], scope));
            }

            case "Fn::Not":
                return !Truthy(Evaluate((argument as JsonArray)?[0], scope));
            case "Fn::And":
                return (argument as JsonArray ?? new JsonArray()).All(c => Truthy(Evaluate(c, scope)));
            case "Fn::Or":
                return (argument as JsonArray ?? new JsonArray()).Any(c => Truthy(Evaluate(c, scope)));
            case "Fn::Contains":
            {
                JsonArray parts = argument as JsonArray ?? throw new TemplateException("Template error: Fn::Contains needs a list");
                string value = AsString(Evaluate(parts[1], scope));
                return (Evaluate(parts[0], scope) as JsonArray ?? new JsonArray()).Any(v => AsString(v) == value);
            }

            case "Fn::Length":
                return (Evaluate(argument, scope) as JsonArray)?.Count ?? 0;
            case "Fn::ToJsonString":
                return Evaluate(argument, scope)?.ToJsonString() ?? "null";
            default:
                throw new TemplateException($"Template format error: Unrecognized function '{name}'");
        }
    }

    private static JsonNode? Ref(string name, TemplateScope scope)
    {
        switch (name)
        {
            case "AWS::Region":
                return scope.Region;
            case "AWS::AccountId":
                return scope.Account;
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            case "AWS::StackName":
                return scope.StackName;
            case "AWS::StackId":
                return scope.StackId;
            case "AWS::NoValue":
                return NoValue();
            case "AWS::NotificationARNs":
                return new JsonArray();
        }

        if (scope.Parameters.TryGetValue(name, out string? parameter))
        {
            return parameter;
        }

        return scope.ResourceRef(name) ?? throw new TemplateException($"Template format error: Unresolved resource dependencies [{name}] in the Resources block of the template");
    }

    private static string Sub(JsonNode? argument, TemplateScope scope)
    {
        string text;
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (argument is JsonArray parts)
        {
            text = AsString(parts[0]);
            if (parts.Count > 1 && parts[1] is JsonObject map)
            {
                foreach ((string key, JsonNode? value) in map)
                {
                    variables[key] = EvaluateString(value, scope);
                }
            }
        }
        else
        {
            text = AsString(argument);
        }

        return SubVariable.Replace(text, match =>
        {
            if (match.Groups[1].Value == "!")
            {
                return "${" + match.Groups[2].Value + "}";
            }

            string variable = match.Groups[2].Value;
            if (variables.TryGetValue(variable, out string? value))
            {
                return value;
            }

            int dot = variable.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && !variable.StartsWith("AWS::", StringComparison.Ordinal))
            {
                return scope.ResourceAttribute(variable.Substring(0, dot), variable.Substring(dot + 1))
                    ?? throw new TemplateException($"Template error: resource {variable} is not available for Fn::Sub");
            }

            return AsString(Ref(variable, scope));
        });
    }

    private static void CollectImports(JsonNode? node, TemplateScope scope, List<string> names)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    CollectImports(item, scope, names);
                }

                break;
            case JsonObject obj when obj.Count == 1 && obj.First().Key == "Fn::ImportValue":
                try
                {
                    names.Add(EvaluateString(obj.First().Value, scope));
                }
                catch (TemplateException)
                {
                    // A name built from resources is only known when the stack runs.
                }

                break;
            case JsonObject obj:
                foreach ((_, JsonNode? value) in obj)
                {
                    CollectImports(value, scope, names);
                }

                break;
        }
    }

    private static void CollectReferences(JsonNode? node, JsonObject resources, HashSet<string> found)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    CollectReferences(item, resources, found);
                }

                break;
            case JsonObject obj when obj.Count == 1 && obj.First().Key == "Ref":
                string target = AsString(obj.First().Value);
                if (resources.ContainsKey(target))
                {
                    found.Add(target);
                }

                break;
            case JsonObject obj when obj.Count == 1 && obj.First().Key == "Fn::GetAtt":
                JsonNode? argument = obj.First().Value;
                string logicalId = argument is JsonArray pair ? AsString(pair[0]) : AsString(argument).Split('.')[0];
                if (resources.ContainsKey(logicalId))
                {
                    found.Add(logicalId);
                }

                break;
            case JsonObject obj when obj.Count == 1 && obj.First().Key == "Fn::Sub":
                JsonNode? sub = obj.First().Value;
                string text = sub is JsonArray parts ? AsString(parts[0]) : AsString(sub);
                foreach (Match match in SubVariable.Matches(text))
                {
                    string name = match.Groups[2].Value.Split('.')[0];
                    if (match.Groups[1].Value != "!" && resources.ContainsKey(name))
                    {
                        found.Add(name);
                    }
                }

                if (sub is JsonArray withVariables && withVariables.Count > 1)
                {
                    CollectReferences(withVariables[1], resources, found);
                }

                break;
            case JsonObject obj:
                foreach ((string key, JsonNode? value) in obj)
                {
                    if (key != "Metadata" && key != "DependsOn")
                    {
                        CollectReferences(value, resources, found);
                    }
                }

                break;
        }
    }

    private static void Write(JsonNode? node, StringBuilder builder)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                foreach ((string key, JsonNode? value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    builder.Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(value, builder);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                foreach (JsonNode? item in array)
                {
                    Write(item, builder);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }
}
