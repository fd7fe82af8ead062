using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Skills;

public sealed class AssessmentRoundTripTests
{
    [Fact]
    public async Task Export_ImportedIntoAFreshPortal_ReproducesTheRowsExactly()
    {
        const string password = "a-long-test-password";
        var repEmail = $"trip-{Guid.NewGuid():N}@test.local";
        string csv;
        List<string> original;
        await using (var source = new PortalFactory())
        {
            await source.InitializeAsync();
            var rep = await source.CreateUserAsync(repEmail, password, PermissionRole.Rep, "ae");
            await source.WithDbAsync(async db =>
            {
                db.Skills.Add(new Skill { Id = "trip-skill", Name = "Trip", UpdatedUtc = DateTime.UtcNow });
                db.Assessments.AddRange(
                    new Assessment { UserId = rep.Id, SkillId = "trip-skill", Level = 2, AssessorName = "Ext", AssessorEmail = "ext@else.test",
                        AssessedUtc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234567), Note = "line one\r\nline two" },
                    new Assessment { UserId = rep.Id, SkillId = "trip-skill", Level = 4, AssessorUserId = rep.Id, AssessorName = "me",
                        AssessorEmail = repEmail, IsSelfAssessment = true, AssessedUtc = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), Note = "=SUM(A1)" });
                await db.SaveChangesAsync();
            });
            using var editor = await source.SignInNewUserAsync(PermissionRole.Editor);
            csv = await editor.GetPageAsync("/skills/assessments/export");
            original = await RowsAsync(source, repEmail);
        }

        await using var target = new PortalFactory();
        await target.InitializeAsync();
        await target.CreateUserAsync(repEmail, password, PermissionRole.Rep, "ae");
        await target.WithDbAsync(async db =>
        {
            db.Skills.Add(new Skill { Id = "trip-skill", Name = "Trip", UpdatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        using var importer = await target.SignInNewUserAsync(PermissionRole.Editor);
        var data = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(csv));
        (await importer.PostFormAsync("/skills/assessments/import", new Dictionary<string, string> { ["CsvData"] = data }, "Import")).Dispose();

        Assert.Equal(2, original.Count);
        Assert.Equal(original, await RowsAsync(target, repEmail));
    }

    private static async Task<List<string>> RowsAsync(PortalFactory portal, string repEmail)
    {
        var rows = new List<string>();
        await portal.WithDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == repEmail).Select(u => u.Id).SingleAsync();
            var saved = await db.Assessments.Where(a => a.UserId == id).OrderBy(a => a.AssessedUtc).ToListAsync();
            rows.AddRange(saved.Select(a => string.Join("|", a.SkillId, a.Level, a.AssessorEmail, a.AssessedUtc.Ticks, a.IsSelfAssessment, a.Note)));
        });
        return rows;
    }
}
