using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Skills;

/// <summary>
/// Reads the position targets, <c>skills/targets.yaml</c>: a top-level <c>targets</c> mapping
/// of position id to a mapping of skill id to the level 0–4 that position needs.
/// </summary>
/// <remarks>
/// A level that is not a whole number 0–4 is an error; a position or skill the portal does not
/// know is a warning. Either way the row is left out and the rest kept. Never throws for any
/// text. Stateless and thread-safe.
/// </remarks>
public static class SkillTargetsParser
{
    /// <summary>Parses <paramref name="yaml"/>, checking ids against the known sets.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="knownPositions">Position ids that exist; null skips the check.</param>
    /// <param name="knownSkills">Skill ids that exist; null skips the check.</param>
    /// <param name="relativePath">The file, for the problems; may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is null.</exception>
    public static SkillTargetsParseResult Parse(
        string yaml,
        IReadOnlySet<string>? knownPositions,
        IReadOnlySet<string>? knownSkills,
        string? relativePath = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);

        var loaded = YamlLoader.Load(yaml.TrimStart('\uFEFF'), 0, relativePath);
        var problems = new List<ContentProblem>(loaded.Problems);
        var map = loaded.Root is null ? null : FindMap(loaded.Root, problems, relativePath);
        var failed = loaded.Root is null ? loaded.Failed : map is null && problems.Count > loaded.Problems.Count;
        var targets = new List<SkillTargetDefinition>();
        var positions = new List<string>();
        foreach (var (key, value) in map?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var position = key is YamlScalarNode scalar ? YamlNodes.TextOf(scalar) : null;
            var line = YamlNodes.LineOf(key);
            if (position is null)
            {
                problems.Add(new ContentProblem(relativePath, line, ProblemSeverity.Error,
                    "a target entry must be a position id"));
                continue;
            }

            positions.Add(position);
            if (knownPositions is not null && !knownPositions.Contains(position))
            {
                problems.Add(new ContentProblem(relativePath, line, ProblemSeverity.Warning,
                    $"position '{position}' is not in the position catalog; its targets are left out"));
                continue;
            }

            ReadPosition(position, value, knownSkills, targets, problems, relativePath);
        }

        return new SkillTargetsParseResult(targets, problems, failed) { Positions = positions };
    }

    private static YamlMappingNode? FindMap(YamlNode root, List<ContentProblem> problems, string? relativePath)
    {
        var map = root is YamlMappingNode mapping ? SkillYamlNodes.Value(mapping, "targets") : null;
        if (map is YamlMappingNode targets)
        {
            return targets;
        }

        if (map is null || !YamlNodes.IsNull(map))
        {
            problems.Add(new ContentProblem(relativePath, YamlNodes.LineOf(map ?? root), ProblemSeverity.Error,
                "the file must hold a 'targets' mapping of position id to skill levels"));
        }

        return null;
    }

    private static void ReadPosition(
        string position, YamlNode value, IReadOnlySet<string>? knownSkills,
        List<SkillTargetDefinition> targets, List<ContentProblem> problems, string? relativePath)
    {
        if (YamlNodes.IsNull(value))
        {
            return;
        }

        if (value is not YamlMappingNode skills)
        {
            problems.Add(new ContentProblem(relativePath, YamlNodes.LineOf(value), ProblemSeverity.Error,
                $"position '{position}': targets must be a mapping of skill id to level 0–4"));
            return;
        }

        foreach (var (key, level) in skills.Children)
        {
            var skill = key is YamlScalarNode scalar ? YamlNodes.TextOf(scalar) : null;
            var line = YamlNodes.LineOf(key);
            if (skill is null || knownSkills is not null && !knownSkills.Contains(skill))
            {
                problems.Add(new ContentProblem(relativePath, line, ProblemSeverity.Warning,
                    $"position '{position}': skill '{skill}' is not in the catalog; the target is left out"));
                continue;
            }

            if (SkillYamlNodes.Level(level) is not { } number)
            {
                problems.Add(new ContentProblem(relativePath, line, ProblemSeverity.Error,
                    $"position '{position}', skill '{skill}': level '{YamlNodes.FlowText(level)}' " +
                    "must be a whole number 0–4"));
                continue;
            }

            targets.Add(new SkillTargetDefinition(position, skill, number) { Line = line });
        }
    }
}
