using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// Loads enrollments with their progress in a fixed number of queries, however many there are.
/// Completion rows say which tasks, sign-offs and assessments are done; read steps are decided
/// from acknowledgements, so a material change to a playbook reopens them by itself (except in
/// a finished enrollment, where any reading counts).
/// </summary>
public sealed class EnrollmentProgressLoader(PortalDbContext db)
{
    /// <summary>
    /// The progress of every enrollment in <paramref name="enrollments"/> on
    /// <paramref name="today"/>, counting days in <paramref name="zone"/>. The caller filters
    /// the query to what the viewer may see.
    /// </summary>
    public async Task<IReadOnlyList<EnrollmentView>> LoadAsync(
        IQueryable<Enrollment> enrollments, DateOnly today, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var rows = await enrollments.AsNoTracking()
            .Join(db.Users, e => e.UserId, u => u.Id, (e, u) => new
            {
                e.Id, e.UserId, e.PathId, e.StartDate, e.EnrolledUtc, e.CompletedUtc,
                u.DisplayName, u.Email, u.TeamId, TeamName = u.Team == null ? null : u.Team.Name,
                PathTitle = e.Path!.Title,
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var enrollmentIds = rows.Select(r => r.Id).ToList();
        var pathIds = rows.Select(r => r.PathId).Distinct().ToList();
        var userIds = rows.Select(r => r.UserId).Distinct().ToList();

        var steps = await db.OnboardingSteps.AsNoTracking()
            .Where(s => pathIds.Contains(s.PathId))
            .ToListAsync(cancellationToken);
        var completions = await db.StepCompletions.AsNoTracking()
            .Where(c => enrollmentIds.Contains(c.EnrollmentId) && c.WithdrawnUtc == null)
            .ToListAsync(cancellationToken);
        var readPlaybooks = steps.Where(s => s.Kind == StepKind.Read && s.PlaybookId != null)
            .Select(s => s.PlaybookId!).Distinct().ToList();
        var requiredRevision = await db.Playbooks.AsNoTracking()
            .Where(p => readPlaybooks.Contains(p.Id))
            .Select(p => new { p.Id, Revision = p.AckRevisionId ?? p.CurrentRevisionId })
            .ToDictionaryAsync(p => p.Id, p => p.Revision, cancellationToken);
        var acknowledgements = await db.Acknowledgements.AsNoTracking()
            .Where(a => userIds.Contains(a.UserId) && readPlaybooks.Contains(a.PlaybookId))
            .GroupBy(a => new { a.UserId, a.PlaybookId })
            .Select(g => new { g.Key.UserId, g.Key.PlaybookId, RevisionId = g.Max(a => a.RevisionId) })
            .ToListAsync(cancellationToken);
        var latestAck = acknowledgements.ToDictionary(a => (a.UserId, a.PlaybookId), a => a.RevisionId);
        var ackTimes = await AcknowledgementTimesAsync(acknowledgements.Select(a => (a.UserId, a.PlaybookId, a.RevisionId)), userIds, readPlaybooks, cancellationToken);

        var stepsByPath = steps.ToLookup(s => s.PathId);
        var completionsByEnrollment = completions.ToLookup(c => c.EnrollmentId);
        var views = new List<EnrollmentView>(rows.Count);
        foreach (var row in rows)
        {
            var done = completionsByEnrollment[row.Id]
                .GroupBy(c => c.StepKey)
                .ToDictionary(g => g.Key, g =>
                {
                    var latest = g.MaxBy(c => c.CompletedUtc)!;
                    return new StepDone(latest.CompletedUtc, latest.CompletedByName, latest.Note);
                });
            var reopened = new HashSet<long>();
            var plans = new List<StepPlan>();
            foreach (var step in stepsByPath[row.PathId])
            {
                plans.Add(new StepPlan(
                    step.Key, step.StepId, step.Order, step.Kind, step.Title, step.DueDay, step.Required,
                    step.AddedUtc > row.EnrolledUtc ? DueDates.LocalDay(step.AddedUtc, zone) : null,
                    step.RemovedUtc is not null));
                if (step.Kind != StepKind.Read || step.PlaybookId is null || done.ContainsKey(step.Key)
                    || !latestAck.TryGetValue((row.UserId, step.PlaybookId), out var acknowledged))
                {
                    continue;
                }

                var required = requiredRevision.GetValueOrDefault(step.PlaybookId);
                var counts = row.CompletedUtc is not null || step.RemovedUtc is not null
                    || (required is not null && acknowledged >= required);
                if (counts)
                {
                    done[step.Key] = new StepDone(
                        ackTimes.GetValueOrDefault((row.UserId, step.PlaybookId)), row.DisplayName, null);
                }
                else
                {
                    reopened.Add(step.Key);
                }
            }

            var progress = ProgressCalculator.Calculate(row.StartDate, today, plans, done, reopened, zone, row.CompletedUtc);
            views.Add(new EnrollmentView(
                row.Id, row.UserId, row.DisplayName, row.Email, row.TeamId, row.TeamName,
                row.PathId, row.PathTitle, progress));
        }

        return views;
    }

    private async Task<Dictionary<(string UserId, string PlaybookId), DateTime>> AcknowledgementTimesAsync(
        IEnumerable<(string UserId, string PlaybookId, long RevisionId)> latest,
        List<string> userIds, List<string> playbookIds, CancellationToken cancellationToken)
    {
        var wanted = latest.Select(l => l.RevisionId).ToHashSet();
        var times = await db.Acknowledgements.AsNoTracking()
            .Where(a => userIds.Contains(a.UserId) && playbookIds.Contains(a.PlaybookId) && wanted.Contains(a.RevisionId))
            .Select(a => new { a.UserId, a.PlaybookId, a.AcknowledgedUtc })
            .ToListAsync(cancellationToken);
        return times.GroupBy(t => (t.UserId, t.PlaybookId)).ToDictionary(g => g.Key, g => g.Max(t => t.AcknowledgedUtc));
    }
}
