using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Core.Onboarding.Paths;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Web.Pages.Onboarding.Paths;

/// <summary>
/// Turns the editor's form into a <see cref="PathDefinition"/>, putting each problem beside its
/// field. Blank step ids are made from titles, unique within the path. Returns null on any error.
/// </summary>
public static class PathEditorForm
{
    private const int MaxTitle = 200;

    public static PathDefinition? Read(PathEditorInput input, bool isNew, ModelStateDictionary errors)
    {
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > MaxTitle)
        {
            errors.AddModelError("Input.Title", $"Give the path a title of at most {MaxTitle} characters.");
        }

        var id = string.IsNullOrWhiteSpace(input.Id) && isNew ? PathIdRules.FromTitle(title ?? "") : input.Id?.Trim();
        if (!PathIdRules.IsValid(id))
        {
            errors.AddModelError("Input.Id", "Use lower-case letters, digits and hyphens (at most 64).");
        }

        var taken = input.Steps.Select(s => s.Id?.Trim()).OfType<string>().Where(s => s.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var steps = new List<PathStepDefinition>();
        for (var i = 0; i < input.Steps.Count; i++)
        {
            var step = ReadStep(input.Steps[i], $"Input.Steps[{i}].", taken, seen, errors);
            if (step is not null)
            {
                steps.Add(step);
            }
        }

        var positions = input.Positions.Select(p => p.Trim().ToLowerInvariant()).Where(PathIdRules.IsValid).Distinct().ToList();
        return errors.IsValid
            ? new PathDefinition(id!, title!, Blank(input.Description), positions, steps)
            : null;
    }

    private static PathStepDefinition? ReadStep(
        PathStepInput input, string prefix, HashSet<string> taken, HashSet<string> seen, ModelStateDictionary errors)
    {
        var before = errors.ErrorCount;
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > MaxTitle)
        {
            errors.AddModelError(prefix + "Title", $"Give the step a title of at most {MaxTitle} characters.");
        }

        var id = input.Id?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            id = PathIdRules.Unique(PathIdRules.FromTitle(title ?? ""), taken);
            taken.Add(id);
        }
        else if (!PathIdRules.IsValid(id))
        {
            errors.AddModelError(prefix + "Id", "Use lower-case letters, digits and hyphens (at most 64), or leave blank.");
        }

        if (!seen.Add(id))
        {
            errors.AddModelError(prefix + "Id", $"Another step already has the id '{id}'.");
        }

        if (!StepKinds.TryParse(input.Kind, out var kind))
        {
            errors.AddModelError(prefix + "Kind", "Choose read, task, signoff or assessment.");
        }

        if (!int.TryParse(input.DueDay?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var dueDay))
        {
            errors.AddModelError(prefix + "DueDay", "Enter the due day as a whole number, 0 or more (0 is the start date).");
        }

        var playbook = Blank(input.Playbook);
        var skill = Blank(input.Skill)?.ToLowerInvariant();
        int? level = int.TryParse(input.Level, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : null;
        if (kind == StepKind.Read && playbook is null)
        {
            errors.AddModelError(prefix + "Playbook", "A read step needs the playbook to read.");
        }

        if (kind == StepKind.Assessment && !PathIdRules.IsValid(skill))
        {
            errors.AddModelError(prefix + "Skill", "An assessment step needs a skill id.");
        }

        if (kind == StepKind.Assessment && level is not (>= SkillLevels.Min and <= SkillLevels.Max))
        {
            errors.AddModelError(prefix + "Level", "Choose the level to reach, 0 to 4.");
        }

        return errors.ErrorCount > before
            ? null
            : new PathStepDefinition(id, kind, title!, Blank(input.Description), dueDay, input.Required,
                kind == StepKind.Read ? playbook : null,
                kind == StepKind.Assessment ? skill : null,
                kind == StepKind.Assessment ? level : null);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
