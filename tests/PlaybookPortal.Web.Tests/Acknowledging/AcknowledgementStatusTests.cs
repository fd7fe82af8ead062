using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Acknowledging;

[Collection(SharedPortal.Name)]
public sealed class AcknowledgementStatusTests(PortalFactory portal)
{
    [Fact]
    public async Task Csv_Export_IsUtf8WithBomCrlfAndGuardsFormulas()
    {
        var slug = PlaybookWrites.NewSlug("ack-status");
        await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Territories", "Who owns what.", "ae", requiresAck: true));
        var email = $"formula-{Guid.NewGuid():N}@test.local";
        await portal.CreateUserAsync(email, "a-long-test-password", PermissionRole.Rep, "ae", "Formula team");
        await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "=HYPERLINK(\"http://evil\")")));
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await editor.GetAsync($"/acknowledgements/{slug}?handler=Csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var fileName = response.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        Assert.Matches($"^acknowledgements-{slug.Replace('/', '-')}-\\d{{4}}-\\d{{2}}-\\d{{2}}\\.csv$", fileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("name,email,team,position,state,acknowledged_revision,acknowledged_at_utc\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"\"'=HYPERLINK(\"\"http://evil\"\")\",{email},Formula team,ae,none,,\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_OneConfirmedOneNot_CountsAndFiltersByState()
    {
        var position = "ae";
        var slug = PlaybookWrites.NewSlug("ack-status");
        var id = await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Forecast call", "Monday.", position, requiresAck: true));
        var confirmedEmail = $"confirmed-{Guid.NewGuid():N}@test.local";
        var waitingEmail = $"waiting-{Guid.NewGuid():N}@test.local";
        var confirmed = await portal.CreateUserAsync(confirmedEmail, "a-long-test-password", PermissionRole.Rep, position);
        await portal.CreateUserAsync(waitingEmail, "a-long-test-password", PermissionRole.Rep, position);
        var current = await PlaybookWrites.CurrentRevisionIdAsync(portal, id);
        await portal.WithDbAsync(async db =>
        {
            db.Acknowledgements.Add(new Data.Acknowledging.Acknowledgement
            {
                PlaybookId = id, UserId = confirmed.Id, RevisionId = current, AcknowledgedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var all = await editor.GetPageAsync("/acknowledgements/" + slug);
        var waiting = await editor.GetPageAsync($"/acknowledgements/{slug}?state=none");

        Assert.Contains(confirmedEmail.Split('@')[0], all, StringComparison.Ordinal);
        Assert.Contains(waitingEmail.Split('@')[0], all, StringComparison.Ordinal);
        Assert.Matches("Acknowledged current <span [^>]*>1</span>", all);
        Assert.Contains(waitingEmail.Split('@')[0], waiting, StringComparison.Ordinal);
        Assert.DoesNotContain(confirmedEmail.Split('@')[0], waiting, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_PlaybookWithoutRequiresAck_SaysWhyNobodyIsAsked()
    {
        var slug = PlaybookWrites.NewSlug("ack-status");
        await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Just reading", "Nothing to confirm."));
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var page = await editor.GetPageAsync("/acknowledgements/" + slug);

        Assert.Contains("does not require acknowledgement", page, StringComparison.Ordinal);
    }
}
