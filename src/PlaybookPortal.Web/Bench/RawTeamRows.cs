using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data;

namespace PlaybookPortal.Web.Bench;

/// <summary>
/// The benchmark's baseline for the team view: every enrollment read with plain SQL through one
/// <see cref="DbDataReader"/> per table, no EF Core materialization, and the same figures
/// computed with <see cref="ProgressCalculator"/> under the same rules as
/// <c>EnrollmentProgressLoader</c> (tasks from active completions, read steps from the latest
/// acknowledgement). Staff view only: everyone, as the measured page shows an admin.
/// </summary>
public static class RawTeamRows
{
    public sealed record Row(long Id, string Name, string? Team, string PathTitle, EnrollmentProgress Progress);

    private sealed record Enrolled(long Id, string UserId, string PathId, DateOnly Start, DateTime EnrolledUtc,
        DateTime? CompletedUtc, string Name, string? Team, string PathTitle);

    private sealed record Step(string PathId, long Key, string StepId, int Order, StepKind Kind, string Title,
        int DueDay, bool Required, string? PlaybookId, DateTime AddedUtc, DateTime? RemovedUtc);

    public static async Task<List<Row>> ReadAsync(
        PortalDbContext db, DateOnly today, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var enrolled = await RawQuery.ListAsync(connection, """
                SELECT e.Id, e.UserId, e.PathId, e.StartDate, e.EnrolledUtc, e.CompletedUtc, u.DisplayName, t.Name, p.Title
                FROM Enrollments e JOIN AspNetUsers u ON u.Id = e.UserId
                JOIN OnboardingPaths p ON p.Id = e.PathId LEFT JOIN Teams t ON t.Id = u.TeamId
                """, r => new Enrolled(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateOnly>(3),
                    Utc(r.GetDateTime(4)), r.IsDBNull(5) ? null : Utc(r.GetDateTime(5)), r.GetString(6),
                    r.IsDBNull(7) ? null : r.GetString(7), r.GetString(8)), cancellationToken);
            var steps = await RawQuery.ListAsync(connection, """
                SELECT PathId, "Key", StepId, "Order", Kind, Title, DueDay, Required, PlaybookId, AddedUtc, RemovedUtc
                FROM OnboardingSteps
                """, r => new Step(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetInt32(3),
                    Enum.Parse<StepKind>(r.GetString(4)), r.GetString(5), r.GetInt32(6), r.GetBoolean(7),
                    r.IsDBNull(8) ? null : r.GetString(8), Utc(r.GetDateTime(9)),
                    r.IsDBNull(10) ? null : Utc(r.GetDateTime(10))), cancellationToken);
            var completions = await RawQuery.ListAsync(connection, """
                SELECT EnrollmentId, StepKey, CompletedUtc, CompletedByName, Note FROM StepCompletions
                WHERE WithdrawnUtc IS NULL
                """, r => (Enrollment: r.GetInt64(0), Step: r.GetInt64(1),
                    Done: new StepDone(Utc(r.GetDateTime(2)), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4))),
                cancellationToken);
            var required = await RawQuery.ListAsync(connection, """
                SELECT Id, COALESCE(AckRevisionId, CurrentRevisionId) FROM Playbooks
                WHERE Id IN (SELECT PlaybookId FROM OnboardingSteps WHERE Kind = 'Read')
                """, r => (Id: r.GetString(0), Revision: r.IsDBNull(1) ? (long?)null : r.GetInt64(1)), cancellationToken);
            var acks = await RawQuery.ListAsync(connection, """
                SELECT UserId, PlaybookId, RevisionId, AcknowledgedUtc FROM Acknowledgements
                WHERE PlaybookId IN (SELECT PlaybookId FROM OnboardingSteps WHERE Kind = 'Read')
                """, r => (User: r.GetString(0), Playbook: r.GetString(1), Revision: r.GetInt64(2),
                    At: Utc(r.GetDateTime(3))), cancellationToken);
            return Compute(enrolled, steps, completions, required, acks, today, zone);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static List<Row> Compute(
        List<Enrolled> enrolled, List<Step> steps, List<(long Enrollment, long Step, StepDone Done)> completions,
        List<(string Id, long? Revision)> required, List<(string User, string Playbook, long Revision, DateTime At)> acks,
        DateOnly today, TimeZoneInfo zone)
    {
        var stepsByPath = steps.ToLookup(s => s.PathId);
        var doneByEnrollment = completions.ToLookup(c => c.Enrollment);
        var requiredRevision = required.ToDictionary(r => r.Id, r => r.Revision);
        var latestAck = new Dictionary<(string, string), (long Revision, DateTime At)>();
        foreach (var ack in acks)
        {
            var key = (ack.User, ack.Playbook);
            if (!latestAck.TryGetValue(key, out var seen) || ack.Revision > seen.Revision
                || (ack.Revision == seen.Revision && ack.At > seen.At))
            {
                latestAck[key] = (ack.Revision, ack.At);
            }
        }

        var rows = new List<Row>(enrolled.Count);
        foreach (var e in enrolled)
        {
            var done = new Dictionary<long, StepDone>();
            foreach (var c in doneByEnrollment[e.Id].OrderBy(c => c.Done.CompletedUtc))
            {
                done[c.Step] = c.Done;
            }

            var reopened = new HashSet<long>();
            var plans = new List<StepPlan>();
            foreach (var s in stepsByPath[e.PathId])
            {
                plans.Add(new StepPlan(s.Key, s.StepId, s.Order, s.Kind, s.Title, s.DueDay, s.Required,
                    s.AddedUtc > e.EnrolledUtc ? DueDates.LocalDay(s.AddedUtc, zone) : null, s.RemovedUtc is not null));
                if (s.Kind != StepKind.Read || s.PlaybookId is null || done.ContainsKey(s.Key)
                    || !latestAck.TryGetValue((e.UserId, s.PlaybookId), out var ack))
                {
                    continue;
                }

                var needed = requiredRevision.GetValueOrDefault(s.PlaybookId);
                if (e.CompletedUtc is not null || s.RemovedUtc is not null || (needed is not null && ack.Revision >= needed))
                {
                    done[s.Key] = new StepDone(ack.At, e.Name, null);
                }
                else
                {
                    reopened.Add(s.Key);
                }
            }

            var progress = ProgressCalculator.Calculate(e.Start, today, plans, done, reopened, zone, e.CompletedUtc);
            rows.Add(new Row(e.Id, e.Name, e.Team, e.PathTitle, progress));
        }

        return rows;
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
