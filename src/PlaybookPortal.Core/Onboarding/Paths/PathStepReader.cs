using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Onboarding.Paths;

/// <summary>Reads a path's <c>steps</c> list, one entry at a time, every error with its line.</summary>
internal static class PathStepReader
{
    public static IReadOnlyList<PathStepDefinition> ReadAll(
        YamlNode? node, YamlMappingNode root, string? relativePath, List<ContentProblem> problems)
    {
        var steps = new List<PathStepDefinition>();
        if (node is not YamlSequenceNode list)
        {
            // "steps:" with nothing under it is an empty path, which is allowed while it is drafted.
            if (node is null || !YamlNodes.IsNull(node))
            {
                problems.Add(new ContentProblem(relativePath, YamlNodes.LineOf(node ?? root), ProblemSeverity.Error,
                    "the path must hold a 'steps' list"));
            }

            return steps;
        }

        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            var step = Read(item, relativePath, problems);
            if (step is null)
            {
                continue;
            }

            var line = YamlNodes.LineOf(item);
            if (!firstLines.TryAdd(step.Id, line))
            {
                problems.Add(new ContentProblem(relativePath, line, ProblemSeverity.Error,
                    $"step id '{step.Id}' is already used on line {firstLines[step.Id]}"));
                continue;
            }

            steps.Add(step);
        }

        return steps;
    }

    private static PathStepDefinition? Read(YamlNode item, string? relativePath, List<ContentProblem> problems)
    {
        if (item is not YamlMappingNode mapping)
        {
            problems.Add(new ContentProblem(relativePath, YamlNodes.LineOf(item), ProblemSeverity.Error,
                $"a step must be a mapping with id, kind and title, not {YamlNodes.KindOf(item)}"));
            return null;
        }

        var errorsBefore = problems.Count;
        var fields = new PathFieldReader(mapping, relativePath, problems);
        var id = fields.RequiredId("id", "a step");
        var owner = id is null ? "a step" : $"step '{id}'";
        var kind = ReadKind(fields, owner);
        var title = fields.RequiredText("title", owner);
        var dueDay = fields.Integer("due_day");
        if (dueDay is null && fields.Node("due_day") is null)
        {
            fields.Error(mapping, $"{owner} has no due_day (0 is the start date)");
        }
        else if (dueDay < 0)
        {
            fields.Error(fields.Node("due_day")!, $"{owner} has a negative due_day ({dueDay}); day 0 is the start date");
        }

        var required = fields.Boolean("required") ?? true;
        var (playbook, skill, level) = ReadTarget(fields, kind, owner);
        if (problems.Count > errorsBefore || id is null || kind is null || title is null || dueDay is null)
        {
            return null;
        }

        return new PathStepDefinition(id, kind.Value, title, fields.Text("description"), dueDay.Value,
            required, playbook, skill, level) { Line = fields.Line };
    }

    private static StepKind? ReadKind(PathFieldReader fields, string owner)
    {
        var text = fields.Text("kind");
        if (text is null)
        {
            fields.Error(fields.Node("kind") ?? fields.Mapping, $"{owner} has no kind " +
                "(read, task, signoff or assessment)");
            return null;
        }

        if (StepKinds.TryParse(text, out var kind))
        {
            return kind;
        }

        fields.Error(fields.Node("kind")!, $"{owner} has an unknown kind '{text}' (read, task, signoff or assessment)");
        return null;
    }

    private static (string? Playbook, string? Skill, int? Level) ReadTarget(
        PathFieldReader fields, StepKind? kind, string owner)
    {
        var playbook = fields.Text("playbook");
        var skill = fields.Text("skill")?.ToLowerInvariant();
        var level = fields.Integer("level");
        switch (kind)
        {
            case StepKind.Read when playbook is null:
                fields.Error(fields.Node("playbook") ?? fields.Node("kind")!, $"{owner} is a read step without a playbook");
                break;
            case StepKind.Assessment when skill is null:
                fields.Error(fields.Node("skill") ?? fields.Node("kind")!, $"{owner} is an assessment step without a skill");
                break;
            case StepKind.Assessment when !PathIdRules.IsValid(skill):
                fields.Error(fields.Node("skill")!, $"{owner}'s skill '{skill}' is not a skill id");
                break;
            case StepKind.Assessment when level is null && fields.Node("level") is null:
                fields.Error(fields.Node("kind")!, $"{owner} is an assessment step without a level (0–4)");
                break;
            case StepKind.Assessment when level is < SkillLevels.Min or > SkillLevels.Max:
                fields.Error(fields.Node("level")!, $"{owner}'s level {level} is outside 0–4");
                break;
        }

        return kind switch
        {
            StepKind.Read => (playbook, null, null),
            StepKind.Assessment => (null, skill, level),
            _ => (null, null, null),
        };
    }
}
