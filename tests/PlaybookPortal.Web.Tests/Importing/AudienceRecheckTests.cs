using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Importing;

[Collection(SharedPortal.Name)]
public sealed class AudienceRecheckTests(PortalFactory portal) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-recheck-").FullName;

    [Fact]
    public async Task AddingTheNamedPosition_OpensTheAudience_DeletingItClosesItAgain()
    {
        var position = "pos-" + Guid.NewGuid().ToString("N")[..8];
        var file = Path.Combine(_folder, position, "page.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, $"---\ntitle: For a new position\naudience: [{position}]\n---\nText.\n");
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var recheck = scope.ServiceProvider.GetRequiredService<AudienceRecheck>();
        await scope.ServiceProvider.GetRequiredService<ContentImporter>()
            .ImportAsync(_folder, new ImportOptions(), CancellationToken.None);
        var before = await AudienceAsync(db, position);

        db.Positions.Add(new Position { Id = position, Title = "New position" });
        await db.SaveChangesAsync();
        await recheck.RunAsync(CancellationToken.None);
        var opened = await AudienceAsync(db, position);
        db.Positions.Remove(await db.Positions.SingleAsync(p => p.Id == position));
        await db.SaveChangesAsync();
        await recheck.RunAsync(CancellationToken.None);
        var closed = await AudienceAsync(db, position);

        Assert.True(before.IsStaffOnly);
        Assert.Contains(position, opened.PositionIds);
        Assert.True(closed.IsStaffOnly);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<Audience> AudienceAsync(PortalDbContext db, string folder) =>
        Audience.FromStorage(await db.Playbooks.AsNoTracking()
            .Where(p => p.Slug == folder + "/page").Select(p => p.Audience).SingleAsync());
}
