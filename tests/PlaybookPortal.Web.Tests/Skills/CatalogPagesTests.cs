using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data.Playbooks;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Skills;

[Collection(SharedPortal.Name)]
public sealed partial class CatalogPagesTests(PortalFactory portal)
{
    [Fact]
    public async Task Rep_MayReadButNotEdit_IsSentToAccessDenied()
    {
        var id = await CreateSkillAsync();
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "sdr");

        using var newPage = await rep.GetAsync("/skills/new");
        using var editPage = await rep.GetAsync($"/skills/{id}/edit");
        using var importPage = await rep.GetAsync("/skills/import");
        using var grid = await rep.PostFormAsync("/skills/targets", new Dictionary<string, string> { [$"Levels[ae|{id}]"] = "4" });

        // The portal answers "forbidden" by sending a signed-in user to its access-denied page.
        Assert.All([newPage, editPage, importPage, grid], response =>
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        });
        Assert.Contains(id, await rep.GetPageAsync("/skills"), StringComparison.Ordinal);
        Assert.Null(await TargetAsync("ae", id));
    }

    [Fact]
    public async Task Editor_CreatesAndEditsASkill_InvalidInputKeepsWhatWasTyped()
    {
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var id = "skill-" + Guid.NewGuid().ToString("N")[..8];

        using var invalid = await editor.PostFormAsync("/skills/new", Fields(id, "Typed name", "medium"));
        using var created = await editor.PostFormAsync("/skills/new", Fields(id, "Mapping accounts", "hard"));
        using var edited = await editor.PostFormAsync($"/skills/{id}/edit", Fields(id, "Mapping key accounts", "soft"));

        var page = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Choose hard or soft.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed name\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var skill = await SkillAsync(id);
        Assert.Equal(("Mapping key accounts", SkillCategory.Soft, "Knows it well."), (skill.Name, skill.Category, skill.Level3));
        var show = await editor.GetPageAsync($"/skills/{id}");
        Assert.Contains("Knows it well.", show, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkillPage_ListsOnlyThePlaybooksTheViewerMayRead()
    {
        var id = await CreateSkillAsync();
        await portal.WithDbAsync(async db =>
        {
            var playbooks = await db.Playbooks.Where(p => p.Slug == "general/welcome" || p.Slug == "pay/commission")
                .Select(p => p.Id).ToListAsync();
            db.PlaybookSkills.AddRange(playbooks.Select(p => new PlaybookSkill { PlaybookId = p, SkillId = id }));
            await db.SaveChangesAsync();
        });
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "sdr");
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);

        var repPage = await rep.GetPageAsync($"/skills/{id}");
        var managerPage = await manager.GetPageAsync($"/skills/{id}");

        Assert.Contains("Welcome to sales", repPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Commission secrets", repPage, StringComparison.Ordinal);
        Assert.DoesNotContain("pay/commission", repPage, StringComparison.Ordinal);
        Assert.Contains("Commission secrets", managerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TargetsGrid_SavesEveryCellAtOnce_AndRefusesALevelOutsideTheScale()
    {
        var id = await CreateSkillAsync();
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var cells = GridCells(await editor.GetPageAsync("/skills/targets"));

        using var refused = await editor.PostFormAsync("/skills/targets",
            new Dictionary<string, string>(cells) { [$"Levels[ae|{id}]"] = "2", [$"Levels[sdr|{id}]"] = "7" });
        var afterRefusal = await TargetAsync("ae", id);
        using var saved = await editor.PostFormAsync("/skills/targets",
            new Dictionary<string, string>(cells) { [$"Levels[ae|{id}]"] = "3", [$"Levels[sdr|{id}]"] = "" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("'7' is not a level 0–4", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(afterRefusal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(3, await TargetAsync("ae", id));
        Assert.Null(await TargetAsync("sdr", id));
        Assert.True(await QueryAsync(db => db.Skills.AnyAsync(s => s.Id == id)));
    }

    [Fact]
    public async Task CsvImport_PreviewListsProblemsByLine_AndImportsAllOrNothing()
    {
        var good = "csv-" + Guid.NewGuid().ToString("N")[..8];
        var csv = "id;name;category;description;level_0;level_1;level_2;level_3;level_4\r\n" +
            $"{good};Good one;hard;Fine.;;;;;\r\n" +
            $"{good}-b;Bad one;medium;;;;;;\r\n";
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var preview = await UploadAsync(editor, "catalog", csv);
        using var forced = await editor.PostFormAsync("/skills/import",
            new Dictionary<string, string> { ["Kind"] = "catalog", ["Csv"] = csv }, "Import");

        Assert.Contains("Line 3: skill &#x27;" + good + "-b&#x27;: category &#x27;medium&#x27; must be hard or soft", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Import all", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.False(await QueryAsync(db => db.Skills.AnyAsync(s => s.Id == good)));

        using var imported = await editor.PostFormAsync("/skills/import",
            new Dictionary<string, string> { ["Kind"] = "catalog", ["Csv"] = csv.Replace("medium", "soft", StringComparison.Ordinal) }, "Import");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.True(await QueryAsync(db => db.Skills.AnyAsync(s => s.Id == good + "-b")));
    }

    [Fact]
    public async Task CsvExport_ReimportedPreviewChangesNothing()
    {
        var id = await CreateSkillAsync();
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        await portal.WithDbAsync(async db =>
        {
            db.SkillTargets.Add(new SkillTarget { PositionId = "ae", SkillId = id, Level = 2 });
            await db.SaveChangesAsync();
        });

        foreach (var kind in new[] { "catalog", "targets" })
        {
            using var export = await editor.GetAsync($"/skills/import?handler=Csv&kind={kind}");
            var bytes = await export.Content.ReadAsByteArrayAsync();
            var preview = await UploadAsync(editor, kind, Encoding.UTF8.GetString(bytes));

            Assert.Equal((byte)0xEF, bytes[0]);
            Assert.Contains(id, preview, StringComparison.Ordinal);
            Assert.Contains("<td>unchanged</td>", preview, StringComparison.Ordinal);
            Assert.DoesNotContain("<td>update</td>", preview, StringComparison.Ordinal);
            Assert.DoesNotContain("<td>create</td>", preview, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> Fields(string id, string name, string category) => new()
    {
        ["Input.Id"] = id,
        ["Input.Name"] = name,
        ["Input.Category"] = category,
        ["Input.Description"] = "Finds the people who decide.",
        ["Input.Level3"] = "Knows it well.",
    };

    private async Task<string> CreateSkillAsync()
    {
        var id = "skill-" + Guid.NewGuid().ToString("N")[..8];
        await portal.WithDbAsync(async db =>
        {
            db.Skills.Add(new Skill { Id = id, Name = "Skill " + id, Category = SkillCategory.Hard, Order = 1000 });
            await db.SaveChangesAsync();
        });
        return id;
    }

    private Task<Skill> SkillAsync(string id) =>
        QueryAsync(db => db.Skills.AsNoTracking().SingleAsync(s => s.Id == id));

    private Task<int?> TargetAsync(string position, string skill) =>
        QueryAsync(db => db.SkillTargets.Where(t => t.PositionId == position && t.SkillId == skill)
            .Select(t => (int?)t.Level).SingleOrDefaultAsync());

    private async Task<T> QueryAsync<T>(Func<PlaybookPortal.Data.PortalDbContext, Task<T>> query)
    {
        T result = default!;
        await portal.WithDbAsync(async db => result = await query(db));
        return result;
    }

    private static Dictionary<string, string> GridCells(string page) =>
        CellPattern().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => m.Groups[2].Value);

    private static async Task<string> UploadAsync(SignedInClient client, string kind, string csv)
    {
        var page = await client.GetPageAsync("/skills/import");
        var token = TokenPattern().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "upload", "skills.csv");
        using var response = await client.Http.PostAsync(new Uri("/skills/import?handler=Preview", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"(Levels\\[[^\\]]+\\])\" value=\"([^\"]*)\"")]
    private static partial Regex CellPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
