using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Positions;

/// <summary>
/// Reads the position catalog, <c>content/positions.yaml</c>: a top-level <c>positions</c>
/// list of entries with <c>id</c>, <c>title</c> and an optional <c>description</c>.
/// </summary>
/// <remarks>
/// Keys are matched without regard to case, like front matter. An entry with an error (no
/// or malformed id, an id given before, no title) is left out and reported; the rest are
/// kept. Never throws for any text. Stateless and thread-safe.
/// </remarks>
public static class PositionCatalogParser
{
    /// <summary>Parses <paramref name="yaml"/>; problems carry no path.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is null.</exception>
    public static PositionCatalogParseResult Parse(string yaml) => Parse(yaml, null);

    /// <summary>Parses <paramref name="yaml"/>, naming the file in problems.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is null.</exception>
    public static PositionCatalogParseResult Parse(string yaml, string? relativePath)
    {
        ArgumentNullException.ThrowIfNull(yaml);

        var loaded = YamlLoader.Load(yaml.TrimStart('\uFEFF'), 0, relativePath);
        var problems = new List<ContentProblem>(loaded.Problems);
        var positions = new List<PositionDefinition>();
        var list = loaded.Root is null ? null : FindList(loaded.Root, problems, relativePath);
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list?.Children ?? [])
        {
            var position = ReadEntry(item, problems, relativePath);
            if (position is null)
            {
                continue;
            }

            var line = YamlNodes.LineOf(item);
            if (!firstLines.TryAdd(position.Id, line))
            {
                problems.Add(new ContentProblem(relativePath, line, ProblemSeverity.Error,
                    $"position id '{position.Id}' is already used on line " +
                    $"{firstLines[position.Id]}; this entry is left out"));
                continue;
            }

            positions.Add(position);
        }

        return new PositionCatalogParseResult(positions, problems);
    }

    private static YamlSequenceNode? FindList(
        YamlNode root, List<ContentProblem> problems, string? relativePath)
    {
        var list = root is YamlMappingNode mapping
            ? mapping.Children.FirstOrDefault(pair => IsKey(pair.Key, "positions")).Value
            : null;
        if (list is YamlSequenceNode sequence)
        {
            return sequence;
        }

        // "positions:" with nothing under it is an empty catalog, not a broken one.
        if (list is null || !YamlNodes.IsNull(list))
        {
            problems.Add(new ContentProblem(
                relativePath,
                YamlNodes.LineOf(list ?? root),
                ProblemSeverity.Error,
                "the catalog must hold a 'positions' list of entries with id and title"));
        }

        return null;
    }

    private static PositionDefinition? ReadEntry(
        YamlNode item, List<ContentProblem> problems, string? relativePath)
    {
        var line = YamlNodes.LineOf(item);
        if (item is not YamlMappingNode entry)
        {
            problems.Add(Error(
                $"a position must be a mapping with id and title, not {YamlNodes.KindOf(item)}"));
            return null;
        }

        var id = Text(entry, "id");
        var title = Text(entry, "title");
        if (!PositionIdRules.IsValid(id))
        {
            problems.Add(Error(id is null
                ? "a position has no id"
                : $"position id '{id}' must be lower-case letters, digits and hyphens"));
            return null;
        }

        if (title is null)
        {
            problems.Add(Error($"position '{id}' has no title"));
            return null;
        }

        return new PositionDefinition(id, title, Text(entry, "description")) { Line = line };

        ContentProblem Error(string message) =>
            new(relativePath, line, ProblemSeverity.Error, message);
    }

    private static string? Text(YamlMappingNode entry, string key) =>
        entry.Children.FirstOrDefault(pair => IsKey(pair.Key, key)).Value is YamlScalarNode scalar
            ? YamlNodes.TextOf(scalar)
            : null;

    private static bool IsKey(YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } name }
        && name.Equals(key, StringComparison.OrdinalIgnoreCase);
}
