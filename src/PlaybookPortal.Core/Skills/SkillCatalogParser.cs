using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Skills;

/// <summary>
/// Reads the skills catalog, <c>skills/catalog.yaml</c>: a top-level <c>skills</c> list of
/// entries with <c>id</c>, <c>name</c>, <c>category</c> (hard or soft), an optional
/// <c>description</c> and <c>levels</c>, a mapping of 0–4 to what each level means.
/// </summary>
/// <remarks>
/// An entry with an error (bad or repeated id, no name, a category other than hard or soft, a
/// level key outside 0–4) is left out and reported with its line; the rest are kept. Never
/// throws for any text. Stateless and thread-safe.
/// </remarks>
public static class SkillCatalogParser
{
    /// <summary>Parses <paramref name="yaml"/>, naming <paramref name="relativePath"/> in problems.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is null.</exception>
    public static SkillCatalogParseResult Parse(string yaml, string? relativePath = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);

        var loaded = YamlLoader.Load(yaml.TrimStart('\uFEFF'), 0, relativePath);
        var problems = new List<ContentProblem>(loaded.Problems);
        var list = loaded.Root is null ? null : FindList(loaded.Root, problems, relativePath);
        var failed = loaded.Root is null ? loaded.Failed : list is null && problems.Count > loaded.Problems.Count;
        var skills = new List<SkillDefinition>();
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list?.Children ?? [])
        {
            var skill = ReadEntry(item, problems, relativePath);
            if (skill is null)
            {
                continue;
            }

            if (!firstLines.TryAdd(skill.Id, skill.Line ?? 0))
            {
                problems.Add(new ContentProblem(relativePath, skill.Line, ProblemSeverity.Error,
                    $"skill id '{skill.Id}' is already used on line {firstLines[skill.Id]}; this entry is left out"));
                continue;
            }

            skills.Add(skill);
        }

        return new SkillCatalogParseResult(skills, problems, failed);
    }

    private static YamlSequenceNode? FindList(YamlNode root, List<ContentProblem> problems, string? relativePath)
    {
        var list = root is YamlMappingNode mapping ? SkillYamlNodes.Value(mapping, "skills") : null;
        if (list is YamlSequenceNode sequence)
        {
            return sequence;
        }

        // "skills:" with nothing under it is an empty catalog, not a broken one.
        if (list is null || !YamlNodes.IsNull(list))
        {
            problems.Add(new ContentProblem(relativePath, YamlNodes.LineOf(list ?? root), ProblemSeverity.Error,
                "the catalog must hold a 'skills' list of entries with id, name and category"));
        }

        return null;
    }

    private static SkillDefinition? ReadEntry(YamlNode item, List<ContentProblem> problems, string? relativePath)
    {
        var line = YamlNodes.LineOf(item);
        if (item is not YamlMappingNode entry)
        {
            problems.Add(Error($"a skill must be a mapping with id, name and category, not {YamlNodes.KindOf(item)}"));
            return null;
        }

        var id = SkillYamlNodes.Text(entry, "id");
        if (!SkillIdRules.IsValid(id))
        {
            problems.Add(Error(id is null
                ? "a skill has no id"
                : $"skill id '{id}' must be lower-case letters, digits and hyphens (at most 64)"));
            return null;
        }

        var name = SkillYamlNodes.Text(entry, "name");
        if (name is null)
        {
            problems.Add(Error($"skill '{id}' has no name"));
            return null;
        }

        var categoryText = SkillYamlNodes.Text(entry, "category");
        if (!SkillCategoryNames.TryParse(categoryText, out var category))
        {
            problems.Add(Error($"skill '{id}' has category '{categoryText}'; it must be hard or soft"));
            return null;
        }

        var levels = ReadLevels(id, entry, problems, relativePath);
        if (levels is null)
        {
            return null;
        }

        return new SkillDefinition(id, name, category, SkillYamlNodes.Text(entry, "description"), levels)
        {
            Line = line,
            IsRetired = SkillYamlNodes.Text(entry, "retired") is { } retired
                && retired.Equals("true", StringComparison.OrdinalIgnoreCase),
        };

        ContentProblem Error(string message) => new(relativePath, line, ProblemSeverity.Error, message);
    }

    private static string?[]? ReadLevels(
        string id, YamlMappingNode entry, List<ContentProblem> problems, string? relativePath)
    {
        var levels = new string?[SkillLevels.Max + 1];
        var node = SkillYamlNodes.Value(entry, "levels");
        if (node is null || YamlNodes.IsNull(node))
        {
            return levels;
        }

        if (node is not YamlMappingNode mapping)
        {
            problems.Add(new ContentProblem(relativePath, YamlNodes.LineOf(node), ProblemSeverity.Error,
                $"skill '{id}': levels must be a mapping of 0–4 to what each level means"));
            return null;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (SkillYamlNodes.Level(key) is not { } level)
            {
                problems.Add(new ContentProblem(relativePath, YamlNodes.LineOf(key), ProblemSeverity.Error,
                    $"skill '{id}': level '{YamlNodes.FlowText(key)}' is outside 0–4"));
                return null;
            }

            levels[level] = value is YamlScalarNode scalar ? YamlNodes.TextOf(scalar) : null;
        }

        return levels;
    }
}
