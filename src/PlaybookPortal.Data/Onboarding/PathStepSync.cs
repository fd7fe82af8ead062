using PlaybookPortal.Core.Onboarding.Paths;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// Brings a stored path in line with a definition, matching steps by their id, for import and
/// the browser editor alike. A new step is stamped with the time it joined, so open enrollments
/// count its due day from then; a step left out is stamped removed, never deleted, so those who
/// did it keep it in their history; a step given again is restored. Nothing is saved here.
/// </summary>
public static class PathStepSync
{
    /// <param name="path">A tracked path with its positions and every step (removed ones too) loaded.</param>
    /// <param name="definition">What the path should now be.</param>
    /// <param name="playbooks">Resolves read steps' playbook slugs to ids.</param>
    /// <param name="nowUtc">The time recorded on added and removed steps.</param>
    public static PathSyncSummary Apply(
        OnboardingPath path, PathDefinition definition, PlaybookRefResolver playbooks, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(playbooks);

        path.Title = definition.Title;
        path.Description = definition.Description;
        SyncPositions(path, definition.Positions);

        int added = 0, changed = 0, restored = 0;
        var byId = path.Steps.ToDictionary(s => s.StepId, StringComparer.Ordinal);
        for (var order = 0; order < definition.Steps.Count; order++)
        {
            var wanted = definition.Steps[order];
            if (!byId.TryGetValue(wanted.Id, out var step))
            {
                step = new OnboardingStep { PathId = path.Id, StepId = wanted.Id, AddedUtc = nowUtc };
                path.Steps.Add(step);
                added++;
            }
            else if (step.RemovedUtc is not null)
            {
                step.RemovedUtc = null;
                restored++;
            }
            else if (!Matches(step, wanted, order, playbooks))
            {
                changed++;
            }

            Copy(wanted, order, playbooks, step);
        }

        var kept = definition.Steps.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var step in path.Steps.Where(s => s.RemovedUtc is null && !kept.Contains(s.StepId)))
        {
            step.RemovedUtc = nowUtc;
            removed++;
        }

        return new PathSyncSummary(added, changed, removed, restored);
    }

    private static void SyncPositions(OnboardingPath path, IReadOnlyList<string> positions)
    {
        path.Positions.RemoveAll(p => !positions.Contains(p.PositionId, StringComparer.Ordinal));
        foreach (var id in positions.Where(id => !path.Positions.Exists(p => p.PositionId == id)))
        {
            path.Positions.Add(new OnboardingPathPosition { PathId = path.Id, PositionId = id });
        }
    }

    private static bool Matches(OnboardingStep step, PathStepDefinition wanted, int order, PlaybookRefResolver playbooks) =>
        step.Order == order && step.Kind == wanted.Kind && step.Title == wanted.Title
        && step.Description == wanted.Description && step.DueDay == wanted.DueDay
        && step.Required == wanted.Required && step.PlaybookRef == wanted.Playbook
        && step.PlaybookId == playbooks.Resolve(wanted.Playbook)
        && step.SkillId == wanted.SkillId && step.Level == wanted.Level;

    private static void Copy(PathStepDefinition wanted, int order, PlaybookRefResolver playbooks, OnboardingStep step)
    {
        step.Order = order;
        step.Kind = wanted.Kind;
        step.Title = wanted.Title;
        step.Description = wanted.Description;
        step.DueDay = wanted.DueDay;
        step.Required = wanted.Required;
        step.PlaybookRef = wanted.Playbook;
        step.PlaybookId = playbooks.Resolve(wanted.Playbook);
        step.SkillId = wanted.SkillId;
        step.Level = wanted.Level;
    }
}
