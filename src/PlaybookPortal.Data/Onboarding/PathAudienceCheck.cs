using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// Flags what a path asks that its reps cannot do: read steps on playbooks some of its
/// positions may not read (judged as a rep in that position), playbooks that are gone, and
/// positions or skills the catalogs do not hold. Used when a path is saved or imported, when
/// someone is enrolled, and when a playbook's audience changes. Flags warn; they never refuse.
/// </summary>
public sealed class PathAudienceCheck(PortalDbContext db)
{
    /// <summary>Every flag of the path; empty when the path does not exist.</summary>
    public async Task<IReadOnlyList<PathFlag>> CheckAsync(string pathId, CancellationToken cancellationToken)
    {
        var flags = await CheckManyAsync(db.OnboardingPaths.Where(p => p.Id == pathId), cancellationToken);
        return flags.GetValueOrDefault(pathId) ?? [];
    }

    /// <summary>
    /// The flags a playbook now causes on the shared, open paths that read it: call after its
    /// audience or status changed, to tell the editor which paths it broke.
    /// </summary>
    public async Task<IReadOnlyList<PathFlag>> ForPlaybookAsync(string playbookId, CancellationToken cancellationToken)
    {
        var paths = db.OnboardingPaths.Where(p => !p.IsArchived && p.Steps.Any(s =>
            s.RemovedUtc == null && s.Kind == StepKind.Read && s.PlaybookId == playbookId));
        var flags = await CheckManyAsync(paths, cancellationToken);
        return [.. flags.Values.SelectMany(f => f).Where(f => f.PlaybookId == playbookId)];
    }

    /// <summary>Flags of every path in <paramref name="paths"/>, by path id, in a fixed number of queries.</summary>
    public async Task<Dictionary<string, IReadOnlyList<PathFlag>>> CheckManyAsync(
        IQueryable<OnboardingPath> paths, CancellationToken cancellationToken)
    {
        var loaded = await paths.AsNoTracking()
            .Select(p => new
            {
                p.Id,
                Positions = p.Positions.Select(x => x.PositionId).ToList(),
                Steps = p.Steps.Where(s => s.RemovedUtc == null).OrderBy(s => s.Order).ToList(),
            })
            .ToListAsync(cancellationToken);
        var playbookIds = loaded.SelectMany(p => p.Steps).Select(s => s.PlaybookId).OfType<string>().Distinct().ToList();
        var playbooks = await db.Playbooks.AsNoTracking().Where(p => playbookIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Audience, p.Status })
            .ToDictionaryAsync(p => p.Id, p => (Audience.FromStorage(p.Audience), p.Status), cancellationToken);
        var positions = (await db.Positions.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var skills = (await db.Skills.AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        var result = new Dictionary<string, IReadOnlyList<PathFlag>>(StringComparer.Ordinal);
        foreach (var path in loaded)
        {
            var flags = new List<PathFlag>();
            var unknown = path.Positions.Where(p => !positions.Contains(p)).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                flags.Add(new PathFlag(path.Id, null, PathFlagKind.UnknownPosition, null, unknown,
                    $"The path names positions the catalog does not hold: {string.Join(", ", unknown)}."));
            }

            foreach (var step in path.Steps)
            {
                var flag = step.Kind switch
                {
                    StepKind.Read => ReadFlag(path.Id, step, path.Positions, playbooks.GetValueOrDefault(step.PlaybookId ?? "")),
                    // An empty catalog means skills were never imported; every step would be flagged.
                    StepKind.Assessment when skills.Count > 0 && !skills.Contains(step.SkillId ?? "") =>
                        new PathFlag(path.Id, step.StepId, PathFlagKind.UnknownSkill, null, [],
                            $"Step '{step.Title}' assesses '{step.SkillId}', which the skills catalog does not hold."),
                    _ => null,
                };
                if (flag is not null)
                {
                    flags.Add(flag);
                }
            }

            result[path.Id] = flags;
        }

        return result;
    }

    /// <summary>The flag of a read step whose playbook does not exist; also what a viewer who may not read it sees.</summary>
    public static PathFlag MissingPlaybookFlag(string pathId, OnboardingStep step) =>
        new(pathId, step.StepId, PathFlagKind.MissingPlaybook, null, [],
            $"Step '{step.Title}' reads '{step.PlaybookRef}', which is not a playbook in the portal.");

    private static PathFlag? ReadFlag(
        string pathId, OnboardingStep step, List<string> positions, (Audience Audience, PlaybookStatus Status) playbook)
    {
        if (step.PlaybookId is null || playbook.Audience is null || playbook.Status == PlaybookStatus.Archived)
        {
            return MissingPlaybookFlag(pathId, step);
        }

        var blocked = positions
            .Where(p => !AudienceRules.CanRead(new Reader("", PermissionRole.Rep, p), playbook.Audience, playbook.Status))
            .Order(StringComparer.Ordinal).ToList();
        return blocked.Count == 0
            ? null
            : new PathFlag(pathId, step.StepId, PathFlagKind.PlaybookNotReadable, step.PlaybookId, blocked,
                $"Step '{step.Title}': reps in {string.Join(", ", blocked)} may not read its playbook.");
    }
}
