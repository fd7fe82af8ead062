using System.Globalization;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Onboarding.Paths;

/// <summary>Reads the typed fields of one mapping of a path file, reporting each bad value with its line.</summary>
internal sealed class PathFieldReader(YamlMappingNode mapping, string? relativePath, List<ContentProblem> problems)
{
    public YamlMappingNode Mapping => mapping;

    public int Line => YamlNodes.LineOf(mapping);

    public YamlNode? Node(string key) =>
        mapping.Children.FirstOrDefault(pair => PathYamlParser.IsKey(pair.Key, key)).Value;

    public string? Text(string key) => Node(key) switch
    {
        null => null,
        YamlScalarNode scalar => YamlNodes.TextOf(scalar),
        var other => Fail<string>(other, $"'{key}' must be text, not {YamlNodes.KindOf(other)}"),
    };

    public string? RequiredText(string key, string owner)
    {
        var text = Text(key);
        if (text is null && Node(key) is null or YamlScalarNode)
        {
            Error(Node(key) ?? mapping, $"{owner} has no {key}");
        }

        return text;
    }

    public string? RequiredId(string key, string owner)
    {
        var id = RequiredText(key, owner);
        if (id is null || PathIdRules.IsValid(id))
        {
            return id;
        }

        Error(Node(key)!, $"{owner}'s {key} '{id}' must be lower-case letters, digits and hyphens " +
            $"(at most {PathIdRules.MaxLength})");
        return null;
    }

    public int? Integer(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Node(key)!, $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    public bool? Boolean(string key)
    {
        var text = Text(key);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Error(Node(key)!, $"'{key}' must be true or false, not '{text}'");
                return null;
        }
    }

    /// <summary>The <c>positions</c> list (or a single id), lower-cased, without repeats.</summary>
    public IReadOnlyList<string> Positions()
    {
        var node = Node("positions");
        var items = node switch
        {
            null => [],
            YamlSequenceNode list => list.Children,
            YamlScalarNode scalar when YamlNodes.IsNull(scalar) => [],
            YamlScalarNode scalar => [scalar],
            _ => Fail<IList<YamlNode>>(node, "'positions' must be a list of position ids") ?? [],
        };
        var positions = new List<string>();
        foreach (var item in items)
        {
            var id = item is YamlScalarNode scalar ? YamlNodes.TextOf(scalar)?.ToLowerInvariant() : null;
            if (id is null || !PathIdRules.IsValid(id))
            {
                Error(item, $"'{YamlNodes.FlowText(item)}' is not a position id");
                continue;
            }

            if (!positions.Contains(id))
            {
                positions.Add(id);
            }
        }

        return positions;
    }

    public void Error(YamlNode node, string message) =>
        problems.Add(new ContentProblem(relativePath, YamlNodes.LineOf(node), ProblemSeverity.Error, message));

    private T? Fail<T>(YamlNode node, string message)
    {
        Error(node, message);
        return default;
    }
}
