using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;

namespace PlaybookPortal.EndToEnd.Tests.Skills;

/// <summary>
/// Catalog skills, position targets and assessments written as rows, the way the skills import
/// and the assessment form leave them.
/// </summary>
internal static class SkillSeed
{
    /// <summary>Adds a hard skill; a lower <paramref name="order"/> puts its column further left.</summary>
    public static async Task AddSkillAsync(PortalServer server, string id, string name, int order)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Skills.Add(new Skill
        {
            Id = id, Name = name, Category = SkillCategory.Hard, Order = order, UpdatedUtc = DateTime.UtcNow,
            Level1 = "Knows the steps.", Level3 = "Runs it without help.",
        });
        await db.SaveChangesAsync();
    }

    public static async Task AddTargetAsync(PortalServer server, string positionId, string skillId, int level)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.SkillTargets.Add(new SkillTarget { PositionId = positionId, SkillId = skillId, Level = level });
        await db.SaveChangesAsync();
    }

    /// <summary>An official assessment of <paramref name="rep"/> by <paramref name="assessor"/>, a day ago.</summary>
    public static async Task AssessAsync(
        PortalServer server, JourneyUser rep, string skillId, int level, JourneyUser assessor)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Assessments.Add(new Assessment
        {
            UserId = rep.Id, SkillId = skillId, Level = level, AssessorUserId = assessor.Id,
            AssessorName = assessor.Name, AssessorEmail = assessor.Email, AssessedUtc = DateTime.UtcNow.AddDays(-1),
        });
        await db.SaveChangesAsync();
    }
}
