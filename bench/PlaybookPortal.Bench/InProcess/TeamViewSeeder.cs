using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Acknowledging;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// Seeds row 9's onboarding data into the bench portal: 200 reps in 10 teams on 3 paths of 12
/// steps (4 readings of real playbooks, 6 tasks, 2 sign-offs, one of them optional), started
/// over the last 90 days and as far along as a real team would be: some finished, most on
/// their way, some behind. The same seed always gives the same data.
/// </summary>
public static class TeamViewSeeder
{
    public const int Reps = 200;
    private const int Paths = 3;
    private const int StepsPerPath = 12;

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (await db.OnboardingPaths.AnyAsync(p => p.Id == "bench-path-1"))
        {
            return;
        }

        var random = new Random(20261205);
        var today = scope.ServiceProvider.GetRequiredService<PortalClock>().Today;
        var playbooks = await db.Playbooks.AsNoTracking()
            .Where(p => p.Status == PlaybookStatus.Published && p.CurrentRevisionId != null)
            .OrderBy(p => p.Id).Take(Paths * 4)
            .Select(p => new { p.Id, Revision = p.AckRevisionId ?? p.CurrentRevisionId ?? 0 })
            .ToListAsync();
        var longAgo = today.AddYears(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        var paths = Enumerable.Range(1, Paths).Select(n => new OnboardingPath
        {
            Id = $"bench-path-{n}", Title = $"Bench ramp {n}", SourceText = "", UpdatedUtc = longAgo,
            Steps = Enumerable.Range(0, StepsPerPath).Select(i => new OnboardingStep
            {
                PathId = $"bench-path-{n}", StepId = $"step-{i + 1}", Order = i, Title = $"Step {i + 1} of ramp {n}",
                Kind = i % 3 == 0 ? StepKind.Read : i is 5 or 11 ? StepKind.Signoff : StepKind.Task,
                PlaybookId = i % 3 == 0 ? playbooks.ElementAtOrDefault(((n - 1) * 4) + (i / 3))?.Id : null,
                DueDay = i * 5, Required = i != 10, AddedUtc = longAgo,
            }).ToList(),
        }).ToList();
        db.OnboardingPaths.AddRange(paths);
        var teams = Enumerable.Range(1, 10).Select(n => new Team { Name = $"Bench team {n}" }).ToList();
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync();

        var revisions = playbooks.ToDictionary(p => p.Id, p => p.Revision);
        for (var i = 0; i < Reps; i++)
        {
            var user = NewRep(i, teams[i % teams.Count].Id, longAgo);
            db.Users.Add(user);
            var path = paths[i % Paths];
            var start = today.AddDays(-random.Next(0, 90));
            var enrollment = new Enrollment
            {
                UserId = user.Id, PathId = path.Id, StartDate = start,
                EnrolledUtc = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            };
            db.Enrollments.Add(enrollment);
            AddProgress(db, random, user, enrollment, path.Steps, today, revisions);
        }

        await db.SaveChangesAsync();
    }

    private static PortalUser NewRep(int i, int teamId, DateTime created)
    {
        var email = $"bench-rep-{i:000}@bench.local";
        return new PortalUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N"),
            DisplayName = $"Bench rep {i:000}", Role = PermissionRole.Rep, TeamId = teamId, CreatedUtc = created,
        };
    }

    // Each step due by today is done with a probability that differs per rep (their pace), a
    // few days early or late; readings become acknowledgements of the required revision.
    private static void AddProgress(PortalDbContext db, Random random, PortalUser user, Enrollment enrollment,
        List<OnboardingStep> steps, DateOnly today, Dictionary<string, long> revisions)
    {
        var pace = random.NextDouble();
        foreach (var step in steps)
        {
            var due = enrollment.StartDate.AddDays(step.DueDay);
            var on = due.AddDays(random.Next(-3, 5));
            if (on > today || random.NextDouble() > 0.35 + pace)
            {
                continue;
            }

            var at = on.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            if (step.Kind == StepKind.Read && step.PlaybookId is { } playbook)
            {
                db.Acknowledgements.Add(new Acknowledgement
                {
                    PlaybookId = playbook, UserId = user.Id, RevisionId = revisions[playbook], AcknowledgedUtc = at,
                });
                continue;
            }

            enrollment.Completions.Add(new StepCompletion
            {
                StepKey = step.Key, CompletedUtc = at, CompletedByUserId = user.Id, CompletedByName = user.DisplayName,
            });
        }
    }
}
