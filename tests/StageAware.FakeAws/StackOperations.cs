using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace StageAware.FakeAws;

/// <summary>
/// A stack operation in progress: a sequence of steps, each of which writes a few events; the server applies the
/// steps that are due whenever it is asked anything, so no timer runs. A step that yields <c>false</c> never ends.
/// </summary>
internal sealed class StackOperation
{
    private readonly IEnumerator<bool> steps;
    private readonly TimeSpan stepDelay;
    private DateTimeOffset nextDue;
    private DateTimeOffset lastEvent;

    public StackOperation(Func<StackOperation, IEnumerable<bool>> body, DateTimeOffset start, TimeSpan duration, int expectedSteps)
    {
        steps = body(this).GetEnumerator();
        stepDelay = expectedSteps <= 1 ? duration : duration / expectedSteps;
        nextDue = start;
        lastEvent = start - TimeSpan.FromMilliseconds(1);
    }

    public bool Stuck { get; private set; }

    public bool Finished { get; private set; }

    /// <summary>The time of the next event: strictly after the one before, so the events sort as they happened.</summary>
    public DateTimeOffset EventTime()
    {
        DateTimeOffset candidate = nextDue > lastEvent ? nextDue : lastEvent + TimeSpan.FromMilliseconds(1);
        lastEvent = candidate;
        return candidate;
    }

    /// <summary>Applies every step due by <paramref name="now"/>.</summary>
    public void Advance(DateTimeOffset now)
    {
        while (!Stuck && !Finished && nextDue <= now)
        {
            if (!steps.MoveNext())
            {
                Finished = true;
                return;
            }

            if (!steps.Current)
            {
                Stuck = true;
                return;
            }

            nextDue += stepDelay;
        }
    }
}

/// <summary>Creates, updates, rolls back and deletes stacks, as CloudFormation does, one event at a time.</summary>
internal sealed class StackOperations
{
    private readonly FakeWorld world;

    public StackOperations(FakeWorld world)
    {
        this.world = world;
    }

    /// <summary>A scope that resolves against the stack's current resources and its region's exports.</summary>
    public TemplateScope Scope(FakeStack stack, JsonObject template, IEnumerable<StackParameter> parameters)
    {
        RegionState region = world.Region(stack.Account, stack.Region);
        return new TemplateScope
        {
            Account = stack.Account,
            Region = stack.Region,
            StackName = stack.Name,
            StackId = stack.StackId,
            Template = template,
            Parameters = parameters.ToDictionary(p => p.Key, p => p.Effective, StringComparer.Ordinal),
            ResourceRef = id => Live(stack, id) is { } r ? ResourceTypes.Ref(r.Type, r.PhysicalId, stack.Account, stack.Region) : null,
            ResourceAttribute = (id, attribute) => Live(stack, id) is { } r
                ? ResourceTypes.Attribute(r.Type, id, r.PhysicalId, attribute, stack.Account, stack.Region)
                : null,
            Export = name => region.Exports.TryGetValue(name, out var export) ? export.Value : null,
        };
    }

    public void Start(FakeStack stack, Func<StackOperation, IEnumerable<bool>> body, int expectedSteps)
    {
        DateTimeOffset now = world.Now();
        var operation = new StackOperation(body, now, world.Options.OperationDuration, expectedSteps);
        stack.Operation = operation;
        operation.Advance(now);
    }

    public IEnumerable<bool> Deploy(StackOperation op, FakeStack stack, ChangeSet changeSet)
    {
        bool creating = changeSet.Type == "CREATE";
        string verb = creating ? "CREATE" : "UPDATE";
        RegionState region = world.Region(stack.Account, stack.Region);
        var previous = stack.Resources.Values.ToDictionary(
            r => r.LogicalId, r => (Definition: (JsonObject)r.Definition.DeepClone(), r.PhysicalId, r.RegisteredName), StringComparer.Ordinal);

        stack.StackEvent(op.EventTime(), verb + "_IN_PROGRESS", "User Initiated");
        stack.ExecutedChangeSets++;
        if (!creating)
        {
            stack.LastUpdated = world.Now();
        }

        stack.RoleArn = changeSet.RoleArn ?? stack.RoleArn;
        yield return true;

        TemplateScope scope = Scope(stack, changeSet.Template, changeSet.Parameters);
        JsonObject resources = Template.Section(changeSet.Template, "Resources");
        var added = new List<string>();
        var modified = new List<string>();
        string? failedId = null;
        string? failedVerb = null;
        List<string> order;
        List<string> included;
        string? planError = null;
        try
        {
            Template.EvaluateConditions(scope);
            included = resources.Where(p => p.Value is JsonObject o && Template.Included(o, scope)).Select(p => p.Key).ToList();
            order = Template.CreationOrder(resources, included);
        }
        catch (Exception e) when (e is TemplateException or AwsException)
        {
            planError = e.Message;
            included = new List<string>();
            order = new List<string>();
        }

        if (planError != null)
        {
            stack.Event(op.EventTime(), stack.Name, stack.StackId, "AWS::CloudFormation::Stack", verb + "_FAILED", planError);
            failedId = stack.Name;
            failedVerb = creating ? "create" : "update";
        }

        foreach (string id in order)
        {
            if (failedId != null)
            {
                break;
            }

            var definition = (JsonObject)resources[id]!;
            string type = Template.AsString(definition["Type"]);
            stack.Resources.TryGetValue(id, out StackResource? existing);
            bool isNew = existing == null || existing.Type != type || existing.Status.StartsWith("DELETE", StringComparison.Ordinal);
            bool changed = !isNew && Template.Canonical(existing!.Definition) != Template.Canonical(definition);
            if (!isNew && !changed)
            {
                continue;
            }

            FailureRule? rule = world.Rule(stack.Name, id, type);
            StackResource resource;
            string step = isNew ? "CREATE" : "UPDATE";
            if (isNew)
            {
                resource = new StackResource { LogicalId = id, Type = type, Definition = definition, Status = "CREATE_IN_PROGRESS" };
                stack.Resources[id] = resource;
                added.Add(id);
            }
            else
            {
                resource = existing!;
                resource.Status = "UPDATE_IN_PROGRESS";
                modified.Add(id);
            }

            resource.LastUpdated = world.Now();
            stack.Event(op.EventTime(), id, resource.PhysicalId, type, step + "_IN_PROGRESS");
            yield return true;

            string? error = null;
            JsonObject? properties = null;
            try
            {
                properties = Template.Evaluate(definition["Properties"], scope) as JsonObject;
            }
            catch (TemplateException e)
            {
                error = e.Message;
            }

            if (error == null && rule?.Kind == FailureKind.Fail)
            {
                error = rule.Reason;
            }

            string? name = ResourceTypes.ExplicitName(type, properties);
            if (error == null && name != null && name != resource.RegisteredName && !world.TryRegisterName(type, stack.Account, stack.Region, name, stack.StackId))
            {
                error = $"Resource of type '{type}' with identifier '{name}' already exists.";
            }

            if (error != null)
            {
                resource.Status = step + "_FAILED";
                resource.StatusReason = error;
                stack.Event(op.EventTime(), id, resource.PhysicalId, type, step + "_FAILED", error);
                failedId = id;
                failedVerb = isNew ? "create" : "update";
                break;
            }

            if (isNew || name != resource.RegisteredName)
            {
                if (resource.RegisteredName != null && name != resource.RegisteredName)
                {
                    world.ReleaseName(type, stack.Account, stack.Region, resource.RegisteredName);
                }

                resource.PhysicalId = ResourceTypes.PhysicalId(type, id, stack.Name, stack.Account, stack.Region, properties);
                resource.RegisteredName = name;
            }

            resource.Definition = definition;
            if (isNew)
            {
                stack.Event(op.EventTime(), id, resource.PhysicalId, type, "CREATE_IN_PROGRESS", "Resource creation Initiated");
                yield return true;
            }

            if (rule?.Kind == FailureKind.NeverStabilize)
            {
                while (true)
                {
                    yield return false;
                }
            }

            resource.Status = step + "_COMPLETE";
            resource.StatusReason = null;
            stack.Event(op.EventTime(), id, resource.PhysicalId, type, step + "_COMPLETE");
            yield return true;
        }

        List<StackOutput> outputs = new();
        List<string> imports = new();
        if (failedId == null)
        {
            try
            {
                outputs = Outputs(changeSet.Template, scope);
                imports = Template.Imports(resources, scope).Concat(Template.Imports(changeSet.Template["Outputs"], scope)).Distinct().ToList();
                string? exportError = ExportConflict(stack, region, outputs);
                if (exportError != null)
                {
                    throw new TemplateException(exportError);
                }
            }
            catch (TemplateException e)
            {
                stack.Event(op.EventTime(), stack.Name, stack.StackId, "AWS::CloudFormation::Stack", verb + "_FAILED", e.Message);
                failedId = stack.Name;
                failedVerb = creating ? "create" : "update";
            }
        }

        if (failedId != null)
        {
            foreach (bool s in Rollback(op, stack, creating, failedId, failedVerb!, added, modified, previous))
            {
                yield return s;
            }

            yield break;
        }

        if (!creating)
        {
            stack.StackEvent(op.EventTime(), "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS");
            yield return true;
            var removed = stack.Resources.Keys.Where(id => !included.Contains(id)).Reverse().ToList();
            foreach (string id in removed)
            {
                foreach (bool s in DeleteResource(op, stack, stack.Resources[id], retainAnyway: false))
                {
                    yield return s;
                }

                stack.Resources.Remove(id);
            }
        }

        stack.Template = changeSet.Template;
        stack.TemplateBody = changeSet.TemplateBody;
        stack.Description = Template.AsString(changeSet.Template["Description"]) is { Length: > 0 } d ? d : null;
        stack.Parameters = changeSet.Parameters;
        stack.Tags = changeSet.Tags;
        stack.Capabilities = changeSet.Capabilities;
        stack.Outputs = outputs;
        stack.Imports = imports;
        foreach (string exportName in region.Exports.Where(e => e.Value.StackId == stack.StackId).Select(e => e.Key).ToList())
        {
            region.Exports.Remove(exportName);
        }

        foreach (StackOutput output in outputs.Where(o => o.ExportName != null))
        {
            region.Exports[output.ExportName!] = (output.Value, stack.StackId);
        }

        stack.StackEvent(op.EventTime(), verb + "_COMPLETE");
    }

    public IEnumerable<bool> Delete(StackOperation op, FakeStack stack, ISet<string> retain)
    {
        RegionState region = world.Region(stack.Account, stack.Region);
        stack.StackEvent(op.EventTime(), "DELETE_IN_PROGRESS", "User Initiated");
        yield return true;

        foreach ((string exportName, (string _, string stackId)) in region.Exports.Where(e => e.Value.StackId == stack.StackId))
        {
            FakeStack? importer = region.Stacks.FirstOrDefault(s => !s.Deleted && s != stack && s.Imports.Contains(exportName));
            if (importer != null)
            {
                stack.StackEvent(op.EventTime(), "DELETE_FAILED", $"Export {exportName} cannot be deleted as it is in use by {importer.Name}");
                yield break;
            }
        }

        foreach (StackResource resource in stack.Resources.Values.Reverse().ToList())
        {
            if (resource.Status == "DELETE_COMPLETE")
            {
                continue;
            }

            foreach (bool s in DeleteResource(op, stack, resource, retain.Contains(resource.LogicalId)))
            {
                yield return s;
            }
        }

        foreach (string exportName in region.Exports.Where(e => e.Value.StackId == stack.StackId).Select(e => e.Key).ToList())
        {
            region.Exports.Remove(exportName);
        }

        stack.DeletionTime = world.Now();
        stack.Imports = new List<string>();
        stack.StackEvent(op.EventTime(), "DELETE_COMPLETE");
    }

    /// <summary>Cancels an update in progress: everything it changed rolls back.</summary>
    public IEnumerable<bool> CancelUpdate(StackOperation op, FakeStack stack)
    {
        stack.StackEvent(op.EventTime(), "UPDATE_ROLLBACK_IN_PROGRESS", "Stack update cancelled");
        yield return true;
        foreach (StackResource resource in stack.Resources.Values.Where(r => r.Status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal)))
        {
            resource.Status = "UPDATE_COMPLETE";
            stack.Event(op.EventTime(), resource.LogicalId, resource.PhysicalId, resource.Type, "UPDATE_COMPLETE");
        }

        stack.StackEvent(op.EventTime(), "UPDATE_ROLLBACK_COMPLETE");
    }

    private IEnumerable<bool> Rollback(
        StackOperation op,
        FakeStack stack,
        bool creating,
        string failedId,
        string failedVerb,
        List<string> added,
        List<string> modified,
        Dictionary<string, (JsonObject Definition, string PhysicalId, string? RegisteredName)> previous)
    {
        string reason = failedId == stack.Name
            ? "Rollback requested by user."
            : $"The following resource(s) failed to {failedVerb}: [{failedId}]. " + (creating ? "Rollback requested by user." : "");
        stack.StackEvent(op.EventTime(), creating ? "ROLLBACK_IN_PROGRESS" : "UPDATE_ROLLBACK_IN_PROGRESS", reason.TrimEnd());
        yield return true;

        foreach (string id in Enumerable.Reverse(modified))
        {
            StackResource resource = stack.Resources[id];
            (JsonObject definition, string physicalId, string? registeredName) = previous[id];
            if (resource.RegisteredName != registeredName && resource.RegisteredName != null)
            {
                world.ReleaseName(resource.Type, stack.Account, stack.Region, resource.RegisteredName);
                if (registeredName != null)
                {
                    world.TryRegisterName(resource.Type, stack.Account, stack.Region, registeredName, stack.StackId);
                }
            }

            resource.Definition = definition;
            resource.PhysicalId = physicalId;
            resource.RegisteredName = registeredName;
            resource.Status = "UPDATE_IN_PROGRESS";
            stack.Event(op.EventTime(), id, physicalId, resource.Type, "UPDATE_IN_PROGRESS");
            yield return true;
            resource.Status = "UPDATE_COMPLETE";
            resource.StatusReason = null;
            stack.Event(op.EventTime(), id, physicalId, resource.Type, "UPDATE_COMPLETE");
            yield return true;
        }

        if (!creating)
        {
            stack.StackEvent(op.EventTime(), "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS");
            yield return true;
        }

        foreach (string id in Enumerable.Reverse(added))
        {
            StackResource resource = stack.Resources[id];
            if (resource.Status.EndsWith("_FAILED", StringComparison.Ordinal) || resource.PhysicalId.Length == 0)
            {
                resource.Status = "DELETE_COMPLETE";
                stack.Event(op.EventTime(), id, resource.PhysicalId, resource.Type, "DELETE_COMPLETE");
            }
            else
            {
                foreach (bool s in DeleteResource(op, stack, resource, retainAnyway: false, rollback: true))
                {
                    yield return s;
                }
            }

            if (!creating)
            {
                stack.Resources.Remove(id);
            }
        }

        stack.StackEvent(op.EventTime(), creating ? "ROLLBACK_COMPLETE" : "UPDATE_ROLLBACK_COMPLETE");
    }

    private IEnumerable<bool> DeleteResource(StackOperation op, FakeStack stack, StackResource resource, bool retainAnyway, bool rollback = false)
    {
        if ((resource.Retain && !rollback) || retainAnyway)
        {
            resource.Status = "DELETE_SKIPPED";
            stack.Event(op.EventTime(), resource.LogicalId, resource.PhysicalId, resource.Type, "DELETE_SKIPPED");
            resource.RegisteredName = null;
            yield return true;
            yield break;
        }

        resource.Status = "DELETE_IN_PROGRESS";
        stack.Event(op.EventTime(), resource.LogicalId, resource.PhysicalId, resource.Type, "DELETE_IN_PROGRESS");
        yield return true;
        if (resource.RegisteredName != null)
        {
            world.ReleaseName(resource.Type, stack.Account, stack.Region, resource.RegisteredName);
            resource.RegisteredName = null;
        }

        resource.Status = "DELETE_COMPLETE";
        stack.Event(op.EventTime(), resource.LogicalId, resource.PhysicalId, resource.Type, "DELETE_COMPLETE");
        yield return true;
    }

    private static List<StackOutput> Outputs(JsonObject template, TemplateScope scope)
    {
        var outputs = new List<StackOutput>();
        foreach ((string key, JsonNode? node) in Template.Section(template, "Outputs"))
        {
            if (node is not JsonObject output || !Template.Included(output, scope))
            {
                continue;
            }

            string value = Template.EvaluateString(output["Value"], scope);
            string? description = output["Description"] is { } d ? Template.EvaluateString(d, scope) : null;
            string? exportName = output["Export"]?["Name"] is { } n ? Template.EvaluateString(n, scope) : null;
            outputs.Add(new StackOutput(key, value, description, exportName));
        }

        return outputs;
    }

    /// <summary>Why the new outputs cannot be exported: a name another stack exports, or an export in use that would change.</summary>
    private static string? ExportConflict(FakeStack stack, RegionState region, List<StackOutput> outputs)
    {
        foreach (StackOutput output in outputs.Where(o => o.ExportName != null))
        {
            if (region.Exports.TryGetValue(output.ExportName!, out var existing) && existing.StackId != stack.StackId)
            {
                string owner = region.Stacks.FirstOrDefault(s => s.StackId == existing.StackId)?.Name ?? existing.StackId;
                return $"Export with name {output.ExportName} is already exported by stack {owner}";
            }
        }

        foreach ((string exportName, (string value, string stackId)) in region.Exports.Where(e => e.Value.StackId == stack.StackId))
        {
            FakeStack? importer = region.Stacks.FirstOrDefault(s => !s.Deleted && s != stack && s.Imports.Contains(exportName));
            if (importer == null)
            {
                continue;
            }

            StackOutput? replacement = outputs.FirstOrDefault(o => o.ExportName == exportName);
            if (replacement == null)
            {
                return $"Cannot delete export {exportName} as it is in use by {importer.Name}";
            }

            if (replacement.Value != value)
            {
                return $"Cannot update export {exportName} as it is in use by {importer.Name}";
            }
        }

        return null;
    }

    private static StackResource? Live(FakeStack stack, string logicalId) =>
        stack.Resources.TryGetValue(logicalId, out StackResource? r) && r.PhysicalId.Length > 0 && r.Status != "DELETE_COMPLETE" ? r : null;
}
