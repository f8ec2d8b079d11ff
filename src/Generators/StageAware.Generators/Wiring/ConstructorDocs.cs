using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using StageAware.Generators.Model;

namespace StageAware.Generators.Wiring;

/// <summary>The summary and parameter texts of a constructor's XML docs, ready to be written as doc lines.</summary>
internal sealed class ConstructorDocs
{
    private static readonly ConstructorDocs None =
        new(EquatableArray<string>.Empty, new Dictionary<string, XElement>());

    private readonly Dictionary<string, XElement> parameters;

    private ConstructorDocs(EquatableArray<string> summary, Dictionary<string, XElement> parameters)
    {
        Summary = summary;
        this.parameters = parameters;
    }

    public EquatableArray<string> Summary { get; }

    /// <summary>
    /// Reads the docs of a constructor. <paramref name="renames"/> maps the constructor's parameter names to the
    /// wiring method's, so a <c>paramref</c> keeps pointing at a parameter that exists; any other becomes code text.
    /// </summary>
    public static ConstructorDocs Read(string? xml, IReadOnlyDictionary<string, string> renames)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return None;
        }

        XElement root;
        try
        {
            root = XElement.Parse(xml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            // The compiler reports malformed docs to the user; the wiring just goes without them.
            return None;
        }

        foreach (XElement reference in root.Descendants().Where(e => e.Name == "paramref" || e.Name == "typeparamref")
                     .ToList())
        {
            string name = (string?)reference.Attribute("name") ?? string.Empty;
            if (reference.Name == "paramref" && renames.TryGetValue(name, out string? renamed))
            {
                reference.SetAttributeValue("name", renamed);
            }
            else
            {
                reference.ReplaceWith(new XElement("c", name));
            }
        }

        var parameters = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (XElement parameter in root.Elements("param"))
        {
            string? name = (string?)parameter.Attribute("name");
            if (name is not null && !parameters.ContainsKey(name))
            {
                parameters.Add(name, parameter);
            }
        }

        XElement? summary = root.Element("summary");
        return new ConstructorDocs(summary is null ? EquatableArray<string>.Empty : Lines(summary), parameters);
    }

    /// <summary>The doc text of the constructor parameter <paramref name="name"/>, or empty.</summary>
    public EquatableArray<string> Parameter(string name) =>
        parameters.TryGetValue(name, out XElement? element) ? Lines(element) : EquatableArray<string>.Empty;

    private static EquatableArray<string> Lines(XElement element)
    {
        string inner = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        List<string> lines = inner.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines.ToEquatableArray();
    }
}
