using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data.Onboarding;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Turns a rep's training plan into a personal onboarding path and enrolls the rep on it. The
/// path has <see cref="OnboardingPath.PersonalForUserId"/> set: it lives in the database only
/// and is never exported to the content folder.
/// </summary>
public sealed class TrainingPathCreator(PortalDbContext db, TimeProvider time)
{
    /// <summary>Each skill gets a week: its reading early in the week, its assessment at the end.</summary>
    private const int DaysPerSkill = 7;

    private const int ReadingDaysBeforeAssessment = 3;

    /// <summary>
    /// Creates the path and the enrollment starting <paramref name="startDate"/>; returns the
    /// enrollment, or the open one made within the last twelve hours.
    /// </summary>
    public async Task<Enrollment> CreateAsync(
        TrainingPathRequest request, DateOnly startDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow().UtcDateTime;

        // A second click (or a second manager) on the same day gets the plan already made
        // rather than a duplicate path the rep would see twice.
        var sameDay = now.AddHours(-12);
        var existing = await db.Enrollments
            .Where(e => e.UserId == request.RepUserId && e.CompletedUtc == null && e.EnrolledUtc >= sameDay
                && e.Path!.PersonalForUserId == request.RepUserId)
            .OrderByDescending(e => e.EnrolledUtc)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var path = new OnboardingPath
        {
            Id = await UniqueIdAsync(request.RepEmail, startDate, cancellationToken),
            Title = $"Training plan for {request.RepName}",
            Description = "Made from the rep's skill gaps, largest first: read, then be assessed at the target level.",
            PersonalForUserId = request.RepUserId,
            UpdatedUtc = now,
            UpdatedByName = request.CreatedByName,
        };
        path.Steps.AddRange(Steps(path.Id, request.Skills, now));

        var enrollment = new Enrollment
        {
            UserId = request.RepUserId,
            PathId = path.Id,
            StartDate = startDate,
            EnrolledUtc = now,
            EnrolledByUserId = request.CreatedByUserId,
        };
        db.OnboardingPaths.Add(path);
        db.Enrollments.Add(enrollment);
        await db.SaveChangesAsync(cancellationToken);
        return enrollment;
    }

    private static IEnumerable<OnboardingStep> Steps(string pathId, IReadOnlyList<TrainingPathSkill> skills, DateTime now)
    {
        var order = 0;
        var read = new HashSet<string>(StringComparer.Ordinal);
        for (var week = 1; week <= skills.Count; week++)
        {
            var skill = skills[week - 1];

            // A playbook that teaches several skills is read once, in the week of the largest gap.
            foreach (var (playbookId, slug, title) in skill.Playbooks.Where(p => read.Add(p.PlaybookId)))
            {
                yield return Step(pathId, "read-" + StepSlug(slug), ++order, StepKind.Read, $"Read “{title}”",
                    (week * DaysPerSkill) - ReadingDaysBeforeAssessment, now, s => (s.PlaybookRef, s.PlaybookId) = (slug, playbookId));
            }

            yield return Step(pathId, "assess-" + StepSlug(skill.SkillId), ++order, StepKind.Assessment,
                string.Create(CultureInfo.InvariantCulture, $"Reach level {skill.TargetLevel} in {skill.SkillName}"),
                week * DaysPerSkill, now, s => (s.SkillId, s.Level) = (skill.SkillId, skill.TargetLevel));
        }
    }

    private static OnboardingStep Step(
        string pathId, string stepId, int order, StepKind kind, string title, int dueDay, DateTime now, Action<OnboardingStep> fill)
    {
        var step = new OnboardingStep
        {
            PathId = pathId, StepId = stepId, Order = order, Kind = kind, Title = title,
            DueDay = dueDay, Required = true, AddedUtc = now,
        };
        fill(step);
        return step;
    }

    // plan-<who>-<yyyymmdd>, with -2, -3… when a plan was already made that day.
    private async Task<string> UniqueIdAsync(string email, DateOnly day, CancellationToken cancellationToken)
    {
        var stem = string.Create(CultureInfo.InvariantCulture, $"plan-{StepSlug(email.Split('@')[0])}-{day:yyyyMMdd}");
        var taken = await db.OnboardingPaths.AsNoTracking()
            .Where(p => p.Id.StartsWith(stem)).Select(p => p.Id).ToListAsync(cancellationToken);
        var id = stem;
        for (var n = 2; taken.Contains(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
        }

        return id;
    }

    private static string StepSlug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return slug.ToString().Trim('-') is { Length: > 0 } result ? result : "rep";
    }
}
