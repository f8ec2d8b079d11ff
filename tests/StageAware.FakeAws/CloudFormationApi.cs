using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StageAware.FakeAws;

/// <summary>The CloudFormation API (awsQuery): stacks, change sets, events, templates, exports.</summary>
internal sealed class CloudFormationApi
{
    public const string Namespace = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

    private static readonly Regex ChangeSetName = new("^[a-zA-Z][-a-zA-Z0-9]{0,127}$", RegexOptions.CultureInvariant);
    private static readonly Regex StackName = new("^[a-zA-Z][-a-zA-Z0-9]{0,127}$", RegexOptions.CultureInvariant);

    private readonly FakeWorld world;

    public CloudFormationApi(FakeWorld world)
    {
        this.world = world;
    }

    /// <summary>The stack name a request names, for the record (a name also when given as an ARN).</summary>
    public static string? StackNameOf(Dictionary<string, string> form)
    {
        string? value = form.GetValueOrDefault("StackName");
        if (value == null && form.GetValueOrDefault("ChangeSetName") is { } changeSet && changeSet.StartsWith("arn:", StringComparison.Ordinal))
        {
            return null;
        }

        return value == null ? null : NameFromArn(value);
    }

    public static string NameFromArn(string nameOrArn)
    {
        if (!nameOrArn.StartsWith("arn:", StringComparison.Ordinal))
        {
            return nameOrArn;
        }

        string[] parts = nameOrArn.Split(':', 6);
        string[] resource = parts.Length == 6 ? parts[5].Split('/') : Array.Empty<string>();
        return resource.Length >= 2 ? resource[1] : nameOrArn;
    }

    public string Handle(string action, Dictionary<string, string> form, RequestScope request)
    {
        RegionState region = world.Region(request.Account, request.Region);
        world.Advance();
        string result = action switch
        {
            "DescribeStacks" => DescribeStacks(region, form),
            "ListStacks" => ListStacks(region, form),
            "CreateChangeSet" => CreateChangeSet(region, form, request),
            "DescribeChangeSet" => DescribeChangeSet(region, form),
            "ListChangeSets" => ListChangeSets(region, form),
            "ExecuteChangeSet" => ExecuteChangeSet(region, form),
            "DeleteChangeSet" => DeleteChangeSet(region, form),
            "DescribeStackEvents" => DescribeStackEvents(region, form),
            "GetTemplate" => GetTemplate(region, form),
            "GetTemplateSummary" => GetTemplateSummary(region, form, request),
            "ValidateTemplate" => ValidateTemplate(form, request),
            "DeleteStack" => DeleteStack(region, form),
            "CancelUpdateStack" => CancelUpdateStack(region, form),
            "DescribeStackResources" => DescribeStackResources(region, form),
            "DescribeStackResource" => DescribeStackResource(region, form),
            "ListStackResources" => ListStackResources(region, form),
            "ListExports" => ListExports(region),
            "ListImports" => ListImports(region, form),
            "UpdateTerminationProtection" => UpdateTerminationProtection(region, form),
            "ListHookResults" => "<HookResults/>",
            "DescribeEvents" => "<OperationEvents/>",
            _ => throw new AwsException(400, "InvalidAction", $"The action {action} is not valid for this web service (fake CloudFormation)."),
        };
        return Query.Response(action, Namespace, result, Ids.RequestId());
    }

    private static FakeStack Stack(RegionState region, Dictionary<string, string> form, string key = "StackName")
    {
        string name = form.GetValueOrDefault(key) ?? throw AwsException.Validation("1 validation error detected: Value null at 'stackName' failed to satisfy constraint: Member must not be null");
        return region.Find(name) ?? throw AwsException.Validation($"Stack with id {name} does not exist");
    }

    private string DescribeStacks(RegionState region, Dictionary<string, string> form)
    {
        IEnumerable<FakeStack> stacks = form.TryGetValue("StackName", out string? name)
            ? new[] { region.Find(name) ?? throw AwsException.Validation($"Stack with id {name} does not exist") }
            : region.Stacks.Where(s => !s.Deleted).Reverse();
        var xml = new StringBuilder("<Stacks>");
        foreach (FakeStack stack in stacks)
        {
            xml.Append("<member>").Append(StackXml(stack)).Append("</member>");
        }

        return xml.Append("</Stacks>").ToString();
    }

    private static string StackXml(FakeStack stack)
    {
        var xml = new StringBuilder();
        xml.Append(Query.Element("StackId", stack.StackId)).Append(Query.Element("StackName", stack.Name));
        xml.Append(Query.Element("Description", stack.Description));
        xml.Append(ParametersXml(stack.Parameters));
        xml.Append(Query.Element("CreationTime", Query.Timestamp(stack.Created)));
        if (stack.LastUpdated is { } updated)
        {
            xml.Append(Query.Element("LastUpdatedTime", Query.Timestamp(updated)));
        }

        if (stack.DeletionTime is { } deleted)
        {
            xml.Append(Query.Element("DeletionTime", Query.Timestamp(deleted)));
        }

        xml.Append("<RollbackConfiguration/>");
        xml.Append(Query.Element("StackStatus", stack.Status)).Append(Query.Element("StackStatusReason", stack.StatusReason));
        xml.Append("<DisableRollback>false</DisableRollback><NotificationARNs/>");
        xml.Append("<Capabilities>").Append(string.Concat(stack.Capabilities.Select(c => Query.Element("member", c)))).Append("</Capabilities>");
        xml.Append("<Outputs>");
        foreach (StackOutput output in stack.Outputs)
        {
            xml.Append("<member>").Append(Query.Element("OutputKey", output.Key)).Append(Query.Element("OutputValue", output.Value))
                .Append(Query.Element("Description", output.Description)).Append(Query.Element("ExportName", output.ExportName)).Append("</member>");
        }

        xml.Append("</Outputs>");
        xml.Append(Query.Element("RoleARN", stack.RoleArn));
        xml.Append(TagsXml(stack.Tags));
        xml.Append(Query.Element("EnableTerminationProtection", stack.TerminationProtection ? "true" : "false"));
        xml.Append("<DriftInformation><StackDriftStatus>NOT_CHECKED</StackDriftStatus></DriftInformation>");
        return xml.ToString();
    }

    private static string ParametersXml(IEnumerable<StackParameter> parameters)
    {
        var xml = new StringBuilder("<Parameters>");
        foreach (StackParameter parameter in parameters)
        {
            xml.Append("<member>").Append(Query.Element("ParameterKey", parameter.Key)).Append(Query.Element("ParameterValue", parameter.Value))
                .Append(Query.Element("ResolvedValue", parameter.ResolvedValue)).Append("</member>");
        }

        return xml.Append("</Parameters>").ToString();
    }

    private static string TagsXml(IEnumerable<KeyValuePair<string, string>> tags) =>
        "<Tags>" + string.Concat(tags.Select(t => $"<member>{Query.Element("Key", t.Key)}{Query.Element("Value", t.Value)}</member>")) + "</Tags>";

    private string ListStacks(RegionState region, Dictionary<string, string> form)
    {
        List<string> filter = Query.List(form, "StackStatusFilter");
        var xml = new StringBuilder("<StackSummaries>");
        foreach (FakeStack stack in Enumerable.Reverse(region.Stacks).Where(s => filter.Count == 0 || filter.Contains(s.Status)))
        {
            xml.Append("<member>").Append(Query.Element("StackId", stack.StackId)).Append(Query.Element("StackName", stack.Name))
                .Append(Query.Element("TemplateDescription", stack.Description))
                .Append(Query.Element("CreationTime", Query.Timestamp(stack.Created)))
                .Append(stack.LastUpdated is { } u ? Query.Element("LastUpdatedTime", Query.Timestamp(u)) : "")
                .Append(stack.DeletionTime is { } d ? Query.Element("DeletionTime", Query.Timestamp(d)) : "")
                .Append(Query.Element("StackStatus", stack.Status)).Append(Query.Element("StackStatusReason", stack.StatusReason))
                .Append("</member>");
        }

        return xml.Append("</StackSummaries>").ToString();
    }

    private string CreateChangeSet(RegionState region, Dictionary<string, string> form, RequestScope request)
    {
        string stackName = form.GetValueOrDefault("StackName") ?? throw AwsException.Validation("StackName is required");
        string name = form.GetValueOrDefault("ChangeSetName") ?? throw AwsException.Validation("ChangeSetName is required");
        string type = form.GetValueOrDefault("ChangeSetType") ?? "UPDATE";
        if (!StackName.IsMatch(stackName))
        {
            throw AwsException.Validation($"1 validation error detected: Value '{stackName}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*");
        }

        if (!ChangeSetName.IsMatch(name))
        {
            throw AwsException.Validation($"1 validation error detected: Value '{name}' at 'changeSetName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*");
        }

        if (type is not ("CREATE" or "UPDATE"))
        {
            throw AwsException.Validation($"ChangeSetType {type} is not supported by this fake CloudFormation");
        }

        FakeStack? existing = region.Live(stackName);
        if (type == "UPDATE" && (existing == null || existing.Status == "REVIEW_IN_PROGRESS"))
        {
            throw AwsException.Validation($"Stack [{stackName}] does not exist");
        }

        if (type == "CREATE" && existing != null && existing.Status != "REVIEW_IN_PROGRESS")
        {
            throw new AwsException(400, "AlreadyExistsException", $"Stack [{stackName}] already exists and cannot be created again with the changeSet [{name}].");
        }

        if (existing != null && type == "UPDATE" && (existing.InProgress || existing.Status is "ROLLBACK_COMPLETE" or "ROLLBACK_FAILED" or "CREATE_FAILED" or "DELETE_FAILED"))
        {
            throw AwsException.Validation($"Stack:{existing.StackId} is in {existing.Status} state and can not be updated.");
        }

        if (existing != null && existing.ChangeSets.Any(c => c.Name == name && !c.Deleted))
        {
            throw new AwsException(400, "AlreadyExistsException", $"ChangeSet {name} already exists");
        }

        string body = TemplateBody(form, request, existing);
        JsonObject template = Template.Parse(body);
        if (Template.Section(template, "Resources").Count == 0)
        {
            throw AwsException.Validation("Template format error: At least one Resources member must be defined.");
        }

        List<StackParameter> parameters = Parameters(region, template, form, existing);
        List<KeyValuePair<string, string>> tags = Query.Structures(form, "Tags")
            .Select(t => new KeyValuePair<string, string>(t.GetValueOrDefault("Key") ?? "", t.GetValueOrDefault("Value") ?? "")).ToList();

        DateTimeOffset now = world.Now();
        FakeStack stack = existing ?? NewStack(region, stackName, now);
        TemplateScope scope = world.Operations.Scope(stack, template, parameters);
        CheckRules(template, scope);

        var changeSet = new ChangeSet
        {
            Id = $"arn:aws:cloudformation:{region.Region}:{region.Account}:changeSet/{name}/{Guid.NewGuid()}",
            Name = name,
            Stack = stack,
            Type = type,
            TemplateBody = body,
            Template = template,
            Parameters = parameters,
            Tags = tags,
            Capabilities = Query.List(form, "Capabilities"),
            RoleArn = form.GetValueOrDefault("RoleARN"),
            Description = form.GetValueOrDefault("Description"),
            Created = now,
            SettlesAt = now + world.Options.ChangeSetDuration,
        };
        Plan(changeSet, stack, scope);
        stack.ChangeSets.Add(changeSet);
        return Query.Element("Id", changeSet.Id) + Query.Element("StackId", stack.StackId);
    }

    private FakeStack NewStack(RegionState region, string name, DateTimeOffset now)
    {
        var stack = new FakeStack
        {
            StackId = $"arn:aws:cloudformation:{region.Region}:{region.Account}:stack/{name}/{Guid.NewGuid()}",
            Name = name,
            Account = region.Account,
            Region = region.Region,
            Created = now,
        };
        stack.StackEvent(now, "REVIEW_IN_PROGRESS", "User Initiated");
        region.Stacks.Add(stack);
        return stack;
    }

    /// <summary>The template of a request: TemplateBody, TemplateURL (read from the fake S3), or the stack's own.</summary>
    private string TemplateBody(Dictionary<string, string> form, RequestScope request, FakeStack? stack)
    {
        if (form.TryGetValue("TemplateBody", out string? body))
        {
            return body;
        }

        if (form.TryGetValue("TemplateURL", out string? url))
        {
            return S3Api.ReadTemplate(world, url, request) ?? throw AwsException.Validation($"S3 error: Access Denied reading {url}");
        }

        if (form.GetValueOrDefault("UsePreviousTemplate") == "true" && stack != null && stack.TemplateBody.Length > 0)
        {
            return stack.TemplateBody;
        }

        throw AwsException.Validation("Either Template URL or Template Body must be specified.");
    }

    private static List<StackParameter> Parameters(RegionState region, JsonObject template, Dictionary<string, string> form, FakeStack? existing)
    {
        var given = Query.Structures(form, "Parameters").ToDictionary(p => p.GetValueOrDefault("ParameterKey") ?? "", StringComparer.Ordinal);
        JsonObject declared = Template.Section(template, "Parameters");
        string[] unknown = given.Keys.Where(k => !declared.ContainsKey(k)).ToArray();
        if (unknown.Length > 0)
        {
            throw AwsException.Validation($"Parameters: [{string.Join(", ", unknown)}] do not exist in the template");
        }

        var parameters = new List<StackParameter>();
        var missing = new List<string>();
        foreach ((string key, JsonNode? node) in declared)
        {
            string? value = null;
            if (given.TryGetValue(key, out var supplied))
            {
                value = supplied.GetValueOrDefault("UsePreviousValue") == "true"
                    ? existing?.Parameters.FirstOrDefault(p => p.Key == key)?.Value
                    : supplied.GetValueOrDefault("ParameterValue");
            }

            value ??= node?["Default"] is { } d ? Template.AsString(d) : null;
            if (value == null)
            {
                missing.Add(key);
                continue;
            }

            string type = Template.AsString(node?["Type"]);
            string? resolved = null;
            if (type.StartsWith("AWS::SSM::Parameter::Value<", StringComparison.Ordinal))
            {
                resolved = region.Parameters.GetValueOrDefault(value)
                    ?? throw AwsException.Validation($"Unable to fetch parameters [{value}] from parameter store for this account.");
            }

            parameters.Add(new StackParameter(key, value, resolved));
        }

        if (missing.Count > 0)
        {
            throw AwsException.Validation($"Parameters: [{string.Join(", ", missing)}] must have values");
        }

        return parameters;
    }

    /// <summary>The Rules section: an assertion that does not hold fails the request, as CDK's CheckBootstrapVersion relies on.</summary>
    private static void CheckRules(JsonObject template, TemplateScope scope)
    {
        foreach ((string name, JsonNode? node) in Template.Section(template, "Rules"))
        {
            if (node is not JsonObject rule)
            {
                continue;
            }

            try
            {
                if (rule["RuleCondition"] is { } condition && Template.Evaluate(condition, scope) is JsonValue v && v.TryGetValue(out bool holds) && !holds)
                {
                    continue;
                }

                foreach (JsonNode? assertion in rule["Assertions"] as JsonArray ?? new JsonArray())
                {
                    if (Template.Evaluate(assertion?["Assert"], scope) is JsonValue result && result.TryGetValue(out bool ok) && !ok)
                    {
                        string description = Template.AsString(assertion?["AssertDescription"]);
                        throw AwsException.Validation(description.Length > 0 ? description : $"Template error: rule {name} failed");
                    }
                }
            }
            catch (TemplateException e)
            {
                throw AwsException.Validation(e.Message);
            }
        }
    }

    /// <summary>Works out the change set's resource changes, or why it fails (no changes, a missing import).</summary>
    private static void Plan(ChangeSet changeSet, FakeStack stack, TemplateScope scope)
    {
        try
        {
            Template.EvaluateConditions(scope);
        }
        catch (AwsException e)
        {
            Fail(changeSet, e.Message);
            return;
        }

        JsonObject resources = Template.Section(changeSet.Template, "Resources");
        var included = resources.Where(p => p.Value is JsonObject o && Template.Included(o, scope)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        bool update = changeSet.Type == "UPDATE";
        foreach (string id in included)
        {
            var definition = (JsonObject)resources[id]!;
            string type = Template.AsString(definition["Type"]);
            if (!update || !stack.Resources.TryGetValue(id, out StackResource? existing) || existing.Status == "DELETE_COMPLETE")
            {
                changeSet.Changes.Add(new ResourceChange("Add", id, type, null, null, Array.Empty<string>()));
                continue;
            }

            if (existing.Type != type)
            {
                changeSet.Changes.Add(new ResourceChange("Modify", id, type, existing.PhysicalId, "True", new[] { "Type" }));
                continue;
            }

            List<string> properties = ChangedProperties(existing.Definition, definition);
            if (properties.Count > 0 || Template.Canonical(existing.Definition) != Template.Canonical(definition))
            {
                string? nameProperty = properties.FirstOrDefault(p => ResourceTypes.ExplicitName(type, new JsonObject { [p] = "x" }) != null);
                changeSet.Changes.Add(new ResourceChange("Modify", id, type, existing.PhysicalId, nameProperty != null ? "True" : "False", properties));
            }
        }

        if (update)
        {
            foreach (StackResource removed in stack.Resources.Values.Where(r => !included.Contains(r.LogicalId) && r.Status != "DELETE_COMPLETE"))
            {
                changeSet.Changes.Add(new ResourceChange("Remove", removed.LogicalId, removed.Type, removed.PhysicalId, null, Array.Empty<string>()));
            }

            bool sameTemplate = stack.Template != null && Template.Canonical(stack.Template) == Template.Canonical(changeSet.Template);
            bool sameParameters = string.Join("\n", stack.Parameters.Select(p => p.Key + "=" + p.Effective)) ==
                string.Join("\n", changeSet.Parameters.Select(p => p.Key + "=" + p.Effective));
            bool sameTags = string.Join("\n", stack.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value)) ==
                string.Join("\n", changeSet.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value));
            if (sameTemplate && sameParameters && sameTags && changeSet.Changes.Count == 0)
            {
                Fail(changeSet, "The submitted information didn't contain changes. Submit different information to create a change set.");
                return;
            }
        }

        List<string> imports = Template.Imports(resources, scope).Concat(Template.Imports(changeSet.Template["Outputs"], scope)).ToList();
        string? missing = imports.FirstOrDefault(name => scope.Export(name) == null);
        if (missing != null)
        {
            Fail(changeSet, $"No export named {missing} found. Rollback requested by user.");
        }
    }

    private static void Fail(ChangeSet changeSet, string reason)
    {
        changeSet.SettledStatus = "FAILED";
        changeSet.SettledReason = reason;
        changeSet.ExecutionStatus = "UNAVAILABLE";
    }

    private static List<string> ChangedProperties(JsonObject before, JsonObject after)
    {
        var oldProperties = before["Properties"] as JsonObject ?? new JsonObject();
        var newProperties = after["Properties"] as JsonObject ?? new JsonObject();
        return oldProperties.Select(p => p.Key).Union(newProperties.Select(p => p.Key))
            .Where(k => Template.Canonical(oldProperties[k]) != Template.Canonical(newProperties[k]))
            .OrderBy(k => k, StringComparer.Ordinal)
            .ToList();
    }

    private ChangeSet FindChangeSet(RegionState region, Dictionary<string, string> form)
    {
        string name = form.GetValueOrDefault("ChangeSetName") ?? throw AwsException.Validation("ChangeSetName is required");
        IEnumerable<FakeStack> stacks = form.TryGetValue("StackName", out string? stackName)
            ? region.Stacks.Where(s => s.StackId == stackName || (s.Name == stackName && !s.Deleted))
            : region.Stacks;
        ChangeSet? changeSet = stacks.SelectMany(s => s.ChangeSets)
            .LastOrDefault(c => !c.Deleted && (c.Id == name || (!name.StartsWith("arn:", StringComparison.Ordinal) && c.Name == name)));
        return changeSet ?? throw new AwsException(404, "ChangeSetNotFound", $"ChangeSet [{name}] does not exist");
    }

    private string DescribeChangeSet(RegionState region, Dictionary<string, string> form)
    {
        ChangeSet changeSet = FindChangeSet(region, form);
        DateTimeOffset now = world.Now();
        string status = changeSet.Status(now);
        var xml = new StringBuilder();
        xml.Append(Query.Element("ChangeSetName", changeSet.Name)).Append(Query.Element("ChangeSetId", changeSet.Id));
        xml.Append(Query.Element("StackId", changeSet.Stack.StackId)).Append(Query.Element("StackName", changeSet.Stack.Name));
        xml.Append(Query.Element("Description", changeSet.Description));
        xml.Append(ParametersXml(changeSet.Parameters));
        xml.Append(Query.Element("CreationTime", Query.Timestamp(changeSet.Created)));
        xml.Append(Query.Element("ExecutionStatus", changeSet.Execution(now))).Append(Query.Element("Status", status));
        xml.Append(Query.Element("StatusReason", changeSet.Reason(now)));
        xml.Append("<NotificationARNs/><RollbackConfiguration/>");
        xml.Append("<Capabilities>").Append(string.Concat(changeSet.Capabilities.Select(c => Query.Element("member", c)))).Append("</Capabilities>");
        xml.Append(TagsXml(changeSet.Tags));
        xml.Append("<Changes>");
        if (status != "CREATE_IN_PROGRESS")
        {
            foreach (ResourceChange change in changeSet.Changes)
            {
                xml.Append("<member><Type>Resource</Type><ResourceChange>");
                xml.Append(Query.Element("Action", change.Action)).Append(Query.Element("LogicalResourceId", change.LogicalId));
                xml.Append(Query.Element("PhysicalResourceId", change.PhysicalId)).Append(Query.Element("ResourceType", change.Type));
                xml.Append(Query.Element("Replacement", change.Replacement));
                if (change.Action == "Modify")
                {
                    xml.Append("<Scope><member>Properties</member></Scope><Details>");
                    foreach (string property in change.Properties)
                    {
                        string recreation = change.Replacement == "True" ? "Always" : "Never";
                        xml.Append($"<member><Target><Attribute>Properties</Attribute>{Query.Element("Name", property)}")
                            .Append($"<RequiresRecreation>{recreation}</RequiresRecreation></Target>")
                            .Append("<Evaluation>Static</Evaluation><ChangeSource>DirectModification</ChangeSource></member>");
                    }

                    xml.Append("</Details>");
                }
                else
                {
                    xml.Append("<Scope/><Details/>");
                }

                xml.Append("</ResourceChange></member>");
            }
        }

        xml.Append("</Changes><IncludeNestedStacks>false</IncludeNestedStacks>");
        return xml.ToString();
    }

    private string ListChangeSets(RegionState region, Dictionary<string, string> form)
    {
        FakeStack stack = Stack(region, form);
        DateTimeOffset now = world.Now();
        var xml = new StringBuilder("<Summaries>");
        foreach (ChangeSet changeSet in stack.ChangeSets.Where(c => !c.Deleted))
        {
            xml.Append("<member>").Append(Query.Element("StackId", stack.StackId)).Append(Query.Element("StackName", stack.Name))
                .Append(Query.Element("ChangeSetId", changeSet.Id)).Append(Query.Element("ChangeSetName", changeSet.Name))
                .Append(Query.Element("ExecutionStatus", changeSet.Execution(now))).Append(Query.Element("Status", changeSet.Status(now)))
                .Append(Query.Element("StatusReason", changeSet.Reason(now))).Append(Query.Element("CreationTime", Query.Timestamp(changeSet.Created)))
                .Append(Query.Element("Description", changeSet.Description)).Append("</member>");
        }

        return xml.Append("</Summaries>").ToString();
    }

    private string ExecuteChangeSet(RegionState region, Dictionary<string, string> form)
    {
        ChangeSet changeSet = FindChangeSet(region, form);
        DateTimeOffset now = world.Now();
        FakeStack stack = changeSet.Stack;
        if (changeSet.Status(now) != "CREATE_COMPLETE" || changeSet.Execution(now) != "AVAILABLE")
        {
            throw new AwsException(400, "InvalidChangeSetStatus",
                $"ChangeSet [{changeSet.Id}] cannot be executed in its current status of [{changeSet.Status(now)}]");
        }

        if (stack.InProgress)
        {
            throw AwsException.Validation($"Stack:{stack.StackId} is in {stack.Status} state and can not be updated.");
        }

        changeSet.ExecutionStatus = "EXECUTE_COMPLETE";
        foreach (ChangeSet other in stack.ChangeSets.Where(c => c != changeSet))
        {
            other.Deleted = true;
        }

        int touched = Math.Max(1, changeSet.Changes.Count);
        world.Operations.Start(stack, op => world.Operations.Deploy(op, stack, changeSet), 3 * touched + 3);
        return "";
    }

    private string DeleteChangeSet(RegionState region, Dictionary<string, string> form)
    {
        if (form.TryGetValue("StackName", out string? stackName) && region.Find(stackName) == null)
        {
            throw AwsException.Validation($"Stack [{stackName}] does not exist");
        }

        ChangeSet? changeSet;
        try
        {
            changeSet = FindChangeSet(region, form);
        }
        catch (AwsException e) when (e.Code == "ChangeSetNotFound" && stackName != null)
        {
            // CloudFormation deletes a change set that is not there without complaint, as long as the stack is.
            return "";
        }

        if (changeSet.Stack.Operation != null && changeSet.ExecutionStatus == "EXECUTE_IN_PROGRESS")
        {
            throw new AwsException(400, "InvalidChangeSetStatus", $"ChangeSet [{changeSet.Id}] cannot be deleted in its current status");
        }

        changeSet.Deleted = true;
        return "";
    }

    private string DescribeStackEvents(RegionState region, Dictionary<string, string> form)
    {
        string name = form.GetValueOrDefault("StackName") ?? "";
        FakeStack stack = region.Find(name) ?? throw AwsException.Validation($"Stack [{name}] does not exist");
        int start = form.TryGetValue("NextToken", out string? token) ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        int size = Math.Max(1, world.Options.EventsPageSize);
        List<FakeStackEvent> newestFirst = Enumerable.Reverse(stack.Events).ToList();
        var xml = new StringBuilder("<StackEvents>");
        foreach (FakeStackEvent e in newestFirst.Skip(start).Take(size))
        {
            xml.Append("<member>").Append(Query.Element("StackId", stack.StackId)).Append(Query.Element("EventId", e.EventId))
                .Append(Query.Element("StackName", stack.Name)).Append(Query.Element("LogicalResourceId", e.LogicalResourceId))
                .Append(Query.Element("PhysicalResourceId", e.PhysicalResourceId)).Append(Query.Element("ResourceType", e.ResourceType))
                .Append(Query.Element("Timestamp", Query.Timestamp(e.Timestamp))).Append(Query.Element("ResourceStatus", e.ResourceStatus))
                .Append(Query.Element("ResourceStatusReason", e.ResourceStatusReason)).Append("</member>");
        }

        xml.Append("</StackEvents>");
        if (start + size < newestFirst.Count)
        {
            xml.Append(Query.Element("NextToken", (start + size).ToString(CultureInfo.InvariantCulture)));
        }

        return xml.ToString();
    }

    private string GetTemplate(RegionState region, Dictionary<string, string> form)
    {
        string body;
        if (form.ContainsKey("ChangeSetName"))
        {
            body = FindChangeSet(region, form).TemplateBody;
        }
        else
        {
            FakeStack stack = Stack(region, form);
            body = stack.TemplateBody.Length > 0 ? stack.TemplateBody : stack.ChangeSets.LastOrDefault()?.TemplateBody ?? "{}";
        }

        return Query.Element("TemplateBody", body) + "<StagesAvailable><member>Original</member><member>Processed</member></StagesAvailable>";
    }

    private string GetTemplateSummary(RegionState region, Dictionary<string, string> form, RequestScope request)
    {
        string body = form.ContainsKey("StackName") && !form.ContainsKey("TemplateBody") && !form.ContainsKey("TemplateURL")
            ? Stack(region, form).TemplateBody
            : TemplateBody(form, request, null);
        JsonObject template = Template.Parse(body);
        return TemplateDescription(template, summary: true);
    }

    private string ValidateTemplate(Dictionary<string, string> form, RequestScope request) =>
        TemplateDescription(Template.Parse(TemplateBody(form, request, null)), summary: false);

    private static string TemplateDescription(JsonObject template, bool summary)
    {
        var xml = new StringBuilder("<Parameters>");
        foreach ((string key, JsonNode? node) in Template.Section(template, "Parameters"))
        {
            xml.Append("<member>").Append(Query.Element("ParameterKey", key));
            if (node?["Default"] is { } d)
            {
                xml.Append(Query.Element("DefaultValue", Template.AsString(d)));
            }

            if (summary)
            {
                xml.Append(Query.Element("ParameterType", Template.AsString(node?["Type"])));
            }

            xml.Append(Query.Element("NoEcho", Template.AsString(node?["NoEcho"]) == "true" ? "true" : "false"));
            xml.Append(Query.Element("Description", node?["Description"] is { } description ? Template.AsString(description) : null));
            xml.Append("</member>");
        }

        xml.Append("</Parameters>");
        xml.Append(Query.Element("Description", template["Description"] is { } desc ? Template.AsString(desc) : null));
        JsonObject resources = Template.Section(template, "Resources");
        bool iam = resources.Any(r => Template.AsString(r.Value?["Type"]).StartsWith("AWS::IAM::", StringComparison.Ordinal));
        xml.Append("<Capabilities>").Append(iam ? "<member>CAPABILITY_IAM</member>" : "").Append("</Capabilities>");
        if (iam)
        {
            xml.Append(Query.Element("CapabilitiesReason", "The following resource(s) require capabilities: [AWS::IAM::Role]"));
        }

        if (summary)
        {
            xml.Append("<ResourceTypes>");
            foreach (string type in resources.Select(r => Template.AsString(r.Value?["Type"])).Distinct())
            {
                xml.Append(Query.Element("member", type));
            }

            xml.Append("</ResourceTypes>");
            xml.Append(Query.Element("Version", template["AWSTemplateFormatVersion"] is { } v ? Template.AsString(v) : "2010-09-09"));
            xml.Append(Query.Element("Metadata", template["Metadata"]?.ToJsonString()));
            xml.Append("<DeclaredTransforms/>");
        }

        return xml.ToString();
    }

    private string DeleteStack(RegionState region, Dictionary<string, string> form)
    {
        string name = form.GetValueOrDefault("StackName") ?? throw AwsException.Validation("StackName is required");
        FakeStack? stack = region.Find(name);
        if (stack == null || stack.Deleted || stack.Status == "DELETE_IN_PROGRESS")
        {
            // Deleting a stack that is gone (or going) succeeds, as in CloudFormation.
            return "";
        }

        if (stack.TerminationProtection)
        {
            throw AwsException.Validation($"Stack [{stack.Name}] cannot be deleted while TerminationProtection is enabled");
        }

        if (stack.Status.StartsWith("UPDATE_", StringComparison.Ordinal) && stack.InProgress)
        {
            throw AwsException.Validation($"Stack [{stack.Name}] cannot be deleted while in status {stack.Status}");
        }

        if (form.TryGetValue("RoleARN", out string? role))
        {
            stack.RoleArn = role;
        }

        var retain = Query.List(form, "RetainResources").ToHashSet(StringComparer.Ordinal);
        world.Operations.Start(stack, op => world.Operations.Delete(op, stack, retain), 2 * Math.Max(1, stack.Resources.Count) + 2);
        return "";
    }

    private string CancelUpdateStack(RegionState region, Dictionary<string, string> form)
    {
        FakeStack stack = Stack(region, form);
        if (stack.Status != "UPDATE_IN_PROGRESS")
        {
            throw AwsException.Validation($"CancelUpdateStack cannot be called from current stack status {stack.Status}");
        }

        world.Operations.Start(stack, op => world.Operations.CancelUpdate(op, stack), 2);
        return "";
    }

    private string DescribeStackResources(RegionState region, Dictionary<string, string> form)
    {
        FakeStack stack = Stack(region, form);
        string? logicalId = form.GetValueOrDefault("LogicalResourceId");
        var xml = new StringBuilder("<StackResources>");
        foreach (StackResource r in stack.Resources.Values.Where(r => logicalId == null || r.LogicalId == logicalId))
        {
            xml.Append("<member>").Append(ResourceXml(stack, r, "Timestamp")).Append("</member>");
        }

        return xml.Append("</StackResources>").ToString();
    }

    private string DescribeStackResource(RegionState region, Dictionary<string, string> form)
    {
        FakeStack stack = Stack(region, form);
        string logicalId = form.GetValueOrDefault("LogicalResourceId") ?? "";
        StackResource r = stack.Resources.GetValueOrDefault(logicalId)
            ?? throw AwsException.Validation($"Resource {logicalId} does not exist for stack {stack.Name}");
        return "<StackResourceDetail>" + ResourceXml(stack, r, "LastUpdatedTimestamp") + "</StackResourceDetail>";
    }

    private string ListStackResources(RegionState region, Dictionary<string, string> form)
    {
        FakeStack stack = Stack(region, form);
        var xml = new StringBuilder("<StackResourceSummaries>");
        foreach (StackResource r in stack.Resources.Values)
        {
            xml.Append("<member>").Append(Query.Element("LogicalResourceId", r.LogicalId)).Append(Query.Element("PhysicalResourceId", r.PhysicalId))
                .Append(Query.Element("ResourceType", r.Type)).Append(Query.Element("LastUpdatedTimestamp", Query.Timestamp(r.LastUpdated)))
                .Append(Query.Element("ResourceStatus", r.Status)).Append(Query.Element("ResourceStatusReason", r.StatusReason))
                .Append("<DriftInformation><StackResourceDriftStatus>NOT_CHECKED</StackResourceDriftStatus></DriftInformation></member>");
        }

        return xml.Append("</StackResourceSummaries>").ToString();
    }

    private static string ResourceXml(FakeStack stack, StackResource r, string timeElement) =>
        Query.Element("StackName", stack.Name) + Query.Element("StackId", stack.StackId) +
        Query.Element("LogicalResourceId", r.LogicalId) + Query.Element("PhysicalResourceId", r.PhysicalId) +
        Query.Element("ResourceType", r.Type) + Query.Element(timeElement, Query.Timestamp(r.LastUpdated)) +
        Query.Element("ResourceStatus", r.Status) + Query.Element("ResourceStatusReason", r.StatusReason) +
        "<DriftInformation><StackResourceDriftStatus>NOT_CHECKED</StackResourceDriftStatus></DriftInformation>";

    private static string ListExports(RegionState region)
    {
        var xml = new StringBuilder("<Exports>");
        foreach ((string name, (string value, string stackId)) in region.Exports)
        {
            xml.Append("<member>").Append(Query.Element("ExportingStackId", stackId)).Append(Query.Element("Name", name))
                .Append(Query.Element("Value", value)).Append("</member>");
        }

        return xml.Append("</Exports>").ToString();
    }

    private static string ListImports(RegionState region, Dictionary<string, string> form)
    {
        string name = form.GetValueOrDefault("ExportName") ?? "";
        List<string> importers = region.Stacks.Where(s => !s.Deleted && s.Imports.Contains(name)).Select(s => s.Name).ToList();
        if (importers.Count == 0)
        {
            throw AwsException.Validation($"Export '{name}' is not imported by any stack.");
        }

        return "<Imports>" + string.Concat(importers.Select(i => Query.Element("member", i))) + "</Imports>";
    }

    private static string UpdateTerminationProtection(RegionState region, Dictionary<string, string> form)
    {
        FakeStack stack = Stack(region, form);
        stack.TerminationProtection = form.GetValueOrDefault("EnableTerminationProtection") == "true";
        return Query.Element("StackId", stack.StackId);
    }
}
