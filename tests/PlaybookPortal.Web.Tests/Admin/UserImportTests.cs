using System.Net;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Admin;

[Collection(SharedPortal.Name)]
public sealed class UserImportTests(PortalFactory portal)
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Import_ValidFile_CreatesNewUsersAndUpdatesExistingOnesKeepingTheirPassword()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var existing = await portal.CreateUserAsync($"old-{_id}@test.local", "an-old-password-123", PermissionRole.Rep);
        var csv = $"""
            Email,Name,Role,Position,Team,Leads_Teams
            old-{_id}@TEST.local,Renamed Person,Manager,ae,Team {_id},
            new-{_id}@test.local,New Person,Rep,SDR,Team {_id},
            """;

        using var preview = await UserImportUpload.PreviewAsync(admin, csv);
        var page = await preview.Content.ReadAsStringAsync();
        using var response = await UserImportUpload.ImportAsync(admin, csv);

        Assert.Contains(">update<", page, StringComparison.Ordinal);
        Assert.Contains(">create<", page, StringComparison.Ordinal);
        Assert.Contains($"Team {_id} (new team)", page, StringComparison.Ordinal);
        Assert.Contains("Import 2 users", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            var team = await db.Teams.SingleAsync(t => t.Name == $"Team {_id}");
            var updated = await db.Users.SingleAsync(u => u.Id == existing.Id);
            var created = await db.Users.SingleAsync(u => u.Email == $"new-{_id}@test.local");
            Assert.Equal(("Renamed Person", PermissionRole.Manager, "ae", team.Id),
                (updated.DisplayName, updated.Role, updated.PositionId, updated.TeamId!.Value));
            Assert.Equal(("New Person", PermissionRole.Rep, "sdr", team.Id),
                (created.DisplayName, created.Role, created.PositionId, created.TeamId!.Value));
            Assert.Null(created.PasswordHash);
            Assert.Single(Directory.GetFiles(Path.Combine(portal.DataRoot, "outbox"), $"*-reset-{created.Id}-*"));
        });
        using var oldPasswordStillWorks = await portal.SignInAsync(existing.Email!, "an-old-password-123");
    }

    [Fact]
    public async Task Preview_SeveralBadRows_ListsEveryProblemWithItsLineAndOffersNoImport()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var longName = new string('x', 201);
        var csv = $"""
            email,name,permission_role,position,team,leads_teams
            good-{_id}@test.local,Good Person,Rep,ae,,
            not-an-email,Bad Email,Rep,,,
            dup-{_id}@test.local,First,Rep,,,
            DUP-{_id}@test.local,Second,Rep,,,
            role-{_id}@test.local,Bad Role,Boss,,,
            pos-{_id}@test.local,Bad Position,Rep,astronaut,,
            noname-{_id}@test.local,,Rep,,,
            leads-{_id}@test.local,Leading Rep,Rep,,,Team {_id}
            long-{_id}@test.local,{longName},Rep,,,
            """;

        using var response = await UserImportUpload.PreviewAsync(admin, csv);
        var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Line 3: 'not-an-email' is not an email address", page, StringComparison.Ordinal);
        Assert.Contains($"Line 5: DUP-{_id}@test.local appears twice in the file (first on line 4)", page,
            StringComparison.Ordinal);
        Assert.Contains("Line 6: unknown role 'Boss'", page, StringComparison.Ordinal);
        Assert.Contains("Line 7: unknown position id 'astronaut'", page, StringComparison.Ordinal);
        Assert.Contains("Line 8: the name is empty", page, StringComparison.Ordinal);
        Assert.Contains("Line 9: leads_teams is given for a Rep", page, StringComparison.Ordinal);
        Assert.Contains("Line 10: the name is longer than 200 characters", page, StringComparison.Ordinal);
        Assert.Contains("7 problems", page, StringComparison.Ordinal);
        Assert.Null(UserImportUpload.PayloadOf(page));
        Assert.DoesNotContain("Import 9 users", page, StringComparison.Ordinal);
        await portal.WithDbAsync(async db =>
            Assert.False(await db.Users.AnyAsync(u => u.Email!.Contains(_id))));
    }

    [Fact]
    public async Task Import_SemicolonFileWithByteOrderMark_ReadsQuotedSemicolonsAndPipes()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var csv = $"email;name;role;team;leads_teams\r\n"
            + $"lead-{_id}@test.local;\"Lead; Person\";Manager;North {_id};\"North {_id}; South {_id}\"\r\n"
            + $"lead2-{_id}@test.local;Second Lead;Editor;;South {_id}|West {_id}\r\n";
        byte[] file = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(csv)];

        using var preview = await UserImportUpload.PreviewAsync(admin, file);
        var page = await preview.Content.ReadAsStringAsync();
        using var response = await UserImportUpload.ConfirmAsync(
            admin, UserImportUpload.PayloadOf(page)!, UserImportUpload.TokenOf(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            var lead = await db.Users.SingleAsync(u => u.Email == $"lead-{_id}@test.local");
            var leads = await db.TeamManagers.Where(m => m.UserId == lead.Id).Select(m => m.Team!.Name)
                .OrderBy(n => n).ToListAsync();
            Assert.Equal("Lead; Person", lead.DisplayName);
            Assert.Equal([$"North {_id}", $"South {_id}"], leads);
            Assert.Equal(2, await db.TeamManagers.CountAsync(m => m.Team!.Name == $"South {_id}"));
        });
    }

    [Fact]
    public async Task Import_QuotedCommasAndFormulaGuard_KeepsTheCellsAsWritten()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var csv = $"""
            email,name,role
            comma-{_id}@test.local,"Doe, Jane",Rep
            guard-{_id}@test.local,'=Formula Person,Rep
            """;

        using var response = await UserImportUpload.ImportAsync(admin, csv);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            Assert.Equal("Doe, Jane", await db.Users.Where(u => u.Email == $"comma-{_id}@test.local")
                .Select(u => u.DisplayName).SingleAsync());
            Assert.Equal("=Formula Person", await db.Users.Where(u => u.Email == $"guard-{_id}@test.local")
                .Select(u => u.DisplayName).SingleAsync());
        });
    }

    [Fact]
    public async Task Import_FileWithoutPositionColumn_LeavesExistingPositionAndTeamAlone()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var existing = await portal.CreateUserAsync($"keep-{_id}@test.local", "a-long-test-password",
            PermissionRole.Rep, "ae", $"Keep {_id}");

        using var response = await UserImportUpload.ImportAsync(admin,
            $"email,role,name\nkeep-{_id}@test.local,rep,Kept\n");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            var user = await db.Users.Include(u => u.Team).SingleAsync(u => u.Id == existing.Id);
            Assert.Equal(("Kept", "ae", $"Keep {_id}"), (user.DisplayName, user.PositionId, user.Team!.Name));
        });
    }
}
