using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Skills;

/// <summary>Seeds skills, targets and onboarding paths straight into the database, each with unique ids.</summary>
internal static class AssessmentTestData
{
    public static async Task<string> SkillAsync(PortalFactory portal, string? positionId = null, int target = 3)
    {
        var id = "skill-" + Guid.NewGuid().ToString("N")[..10];
        await portal.WithDbAsync(async db =>
        {
            db.Skills.Add(new Skill
            {
                Id = id, Name = "Discovery " + id, Category = SkillCategory.Hard, Level2 = "Runs discovery unaided",
                UpdatedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            if (positionId is not null)
            {
                db.SkillTargets.Add(new SkillTarget { PositionId = positionId, SkillId = id, Level = target });
                await db.SaveChangesAsync();
            }
        });
        return id;
    }

    /// <summary>A path whose only step assesses <paramref name="skillId"/> at <paramref name="level"/>, with the user enrolled.</summary>
    public static async Task<long> EnrolledOnAssessmentPathAsync(PortalFactory portal, string userId, string skillId, int level)
    {
        var pathId = "path-" + Guid.NewGuid().ToString("N")[..10];
        long enrollmentId = 0;
        await portal.WithDbAsync(async db =>
        {
            db.OnboardingPaths.Add(new OnboardingPath
            {
                Id = pathId, Title = "Ramp " + pathId, UpdatedUtc = DateTime.UtcNow,
                Steps =
                [
                    new OnboardingStep
                    {
                        PathId = pathId, StepId = "assess", Kind = StepKind.Assessment, Title = "Reach the level",
                        DueDay = 30, SkillId = skillId, Level = level, AddedUtc = DateTime.UtcNow.AddDays(-10),
                    },
                ],
            });
            var enrollment = new Enrollment
            {
                UserId = userId, PathId = pathId, StartDate = DateOnly.FromDateTime(DateTime.UtcNow),
                EnrolledUtc = DateTime.UtcNow.AddDays(-1),
            };
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync();
            enrollmentId = enrollment.Id;
        });
        return enrollmentId;
    }
}
