using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Skills;

/// <summary>
/// Skills, targets, assessments and team leads written straight to the database, so the gap
/// pages are tested without the catalog and assessment pages of other parts of issue 6.
/// </summary>
internal static class SkillSeed
{
    /// <summary>A new skill with a unique id, and a target for <paramref name="positionId"/>.</summary>
    public static async Task<string> SkillAsync(PortalFactory portal, string name, string positionId, int target)
    {
        var id = "skill-" + Guid.NewGuid().ToString("N")[..10];
        await portal.WithDbAsync(async db =>
        {
            db.Skills.Add(new Skill { Id = id, Name = name, Category = SkillCategory.Hard, UpdatedUtc = DateTime.UtcNow });
            db.SkillTargets.Add(new SkillTarget { PositionId = positionId, SkillId = id, Level = target });
            await db.SaveChangesAsync();
        });
        return id;
    }

    public static async Task AssessAsync(PortalFactory portal, string userId, string skillId, int level, bool self = false)
    {
        await portal.WithDbAsync(async db =>
        {
            db.Assessments.Add(new Assessment
            {
                UserId = userId, SkillId = skillId, Level = level, AssessorName = self ? "Self" : "Mia Manager",
                AssessorEmail = "mia@test.local", IsSelfAssessment = self, AssessedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });
    }

    public static async Task<PortalUser> UserAsync(PortalFactory portal, string email)
    {
        PortalUser? user = null;
        await portal.WithDbAsync(async db => user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        return user!;
    }

    public static async Task LeadAsync(PortalFactory portal, string managerEmail, string teamName)
    {
        await portal.WithDbAsync(async db =>
        {
            var manager = await db.Users.SingleAsync(u => u.Email == managerEmail);
            var team = await db.Teams.FirstOrDefaultAsync(t => t.Name == teamName) ?? db.Teams.Add(new Team { Name = teamName }).Entity;
            await db.SaveChangesAsync();
            db.TeamManagers.Add(new TeamManager { TeamId = team.Id, UserId = manager.Id });
            await db.SaveChangesAsync();
        });
    }

    public static string Team() => "team-" + Guid.NewGuid().ToString("N")[..8];
}
