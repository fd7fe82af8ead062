using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Skills;

[Collection(SharedPortal.Name)]
public sealed class AssessmentCsvTests(PortalFactory portal)
{
    private const string Header = "rep_email;skill_id;level;assessor_email;assessed_at_utc;note\r\n";

    private static Dictionary<string, string> Csv(string text) => new() { ["CsvText"] = text };

    private static Dictionary<string, string> Confirm(string text) =>
        new() { ["CsvData"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) };

    [Fact]
    public async Task Preview_EveryRule_ListsEachProblemWithItsLineAndSavesNothing()
    {
        var rep = await portal.CreateUserAsync($"csvrep-{Guid.NewGuid():N}@test.local", "a-long-test-password", PermissionRole.Rep, "ae");
        var skill = await AssessmentTestData.SkillAsync(portal);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var text = Header
            + $"{rep.Email};{skill};2,5;boss@elsewhere.test;2026-03-01T09:30:00Z;a\r\n"
            + $"{rep.Email};{skill};7;boss@elsewhere.test;2026-03-01T09:30:00Z;b\r\n"
            + $"nobody@test.local;{skill};2;boss@elsewhere.test;2026-03-01T09:30:00Z;c\r\n"
            + $"{rep.Email};no-such-skill;2;boss@elsewhere.test;2026-03-01T09:30:00Z;d\r\n"
            + $"{rep.Email};{skill};2;boss@elsewhere.test;01/03/2026;e\r\n"
            + $"{rep.Email};{skill};;boss@elsewhere.test;2026-03-01T09:30:00Z;f\r\n"
            + $"{rep.Email};{skill};3;boss@elsewhere.test;2026-03-01T09:30:00Z;\"two\r\nlines\"\r\n"
            + $"{rep.Email};{skill};3;{rep.Email};2026-03-02T09:30:00Z;=1+1\r\n";

        using var response = await editor.PostFormAsync("/skills/assessments/import", Csv(text), "Preview");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Line 2: level \"2,5\" is not a whole number from 0 to 4", page, StringComparison.Ordinal);
        Assert.Contains("Line 3: level 7 is outside the scale 0 to 4", page, StringComparison.Ordinal);
        Assert.Contains("Line 4: no user has the email nobody@test.local", page, StringComparison.Ordinal);
        Assert.Contains("Line 5: no skill has the id no-such-skill", page, StringComparison.Ordinal);
        Assert.Contains("Line 6: assessed_at_utc \"01/03/2026\" is not an ISO 8601 time", page, StringComparison.Ordinal);
        Assert.Contains("not assessed, nothing recorded", page, StringComparison.Ordinal);
        Assert.Contains("has no account here; kept by email", page, StringComparison.Ordinal);
        Assert.Contains("recorded as a self-assessment", page, StringComparison.Ordinal);
        Assert.Contains("Import the 2 valid rows", page, StringComparison.Ordinal);
        await portal.WithDbAsync(async db => Assert.Equal(0, await db.Assessments.CountAsync(a => a.UserId == rep.Id)));
    }

    [Fact]
    public async Task Import_ValidRowsTwice_AddsThemOnceSkipsErrorsAndSaysAlreadyPresent()
    {
        var rep = await portal.CreateUserAsync($"csvrep-{Guid.NewGuid():N}@test.local", "a-long-test-password", PermissionRole.Rep, "ae");
        var skill = await AssessmentTestData.SkillAsync(portal);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var text = Header
            + $"{rep.Email};{skill};2;boss@elsewhere.test;2026-03-01T09:30:00Z;\"two\r\nlines\"\r\n"
            + $"{rep.Email};{skill};x;boss@elsewhere.test;2026-03-01T09:30:00Z;bad\r\n";

        using var first = await editor.PostFormAsync("/skills/assessments/import", Confirm(text), "Import");
        using var again = await editor.PostFormAsync("/skills/assessments/import", Csv(text), "Preview");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            var saved = await db.Assessments.SingleAsync(a => a.UserId == rep.Id);
            Assert.Equal("two\r\nlines", saved.Note);
            Assert.Null(saved.AssessorUserId);
            Assert.Equal("boss@elsewhere.test", saved.AssessorEmail);
        });
        var page = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());
        Assert.Contains("already present", page, StringComparison.Ordinal);
        Assert.Contains("Nothing to import.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ManagerRowForRepOutsideTheirTeams_IsAnErrorWithItsLine()
    {
        var outsider = await portal.CreateUserAsync($"outsider-{Guid.NewGuid():N}@test.local", "a-long-test-password", PermissionRole.Rep, "ae", "Outsiders " + Guid.NewGuid().ToString("N")[..6]);
        var skill = await AssessmentTestData.SkillAsync(portal);
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);
        var text = Header + $"{outsider.Email};{skill};2;{manager.Email};2026-03-01T09:30:00Z;x\r\n";

        using var response = await manager.PostFormAsync("/skills/assessments/import", Csv(text), "Preview");

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"Line 2: no rep with the email {outsider.Email} is in a team you lead", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_FutureTimeOrAnotherAssessorFromAManager_AreErrorsWithTheirLines()
    {
        var team = "Calibrated " + Guid.NewGuid().ToString("N")[..6];
        var rep = await portal.CreateUserAsync($"csvrep-{Guid.NewGuid():N}@test.local", "a-long-test-password", PermissionRole.Rep, "ae", team);
        var skill = await AssessmentTestData.SkillAsync(portal);
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);
        await SkillSeed.LeadAsync(portal, manager.Email, team);
        var text = Header
            + $"{rep.Email};{skill};2;{manager.Email};2099-01-01T00:00:00Z;typo in the year\r\n"
            + $"{rep.Email};{skill};2;{rep.Email};2026-03-01T09:30:00Z;in the rep's name\r\n"
            + $"{rep.Email};{skill};2;{manager.Email};2026-03-01T09:30:00Z;fine\r\n";

        using var response = await manager.PostFormAsync("/skills/assessments/import", Csv(text), "Preview");

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Line 2: assessed_at_utc 2099-01-01T00:00:00Z is in the future", page, StringComparison.Ordinal);
        Assert.Contains("Line 3: assessor_email must be your own", page, StringComparison.Ordinal);
        Assert.Contains("Import the 1 valid rows", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Rep_IsRefused()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        using var response = await rep.GetAsync("/skills/assessments/import");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
