using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Exporting;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Exporting;

/// <summary>
/// A portal of its own per test, started over an empty content root: export writes every
/// playbook in the database, so content imported by other tests would land in the folder.
/// </summary>
public sealed class ExportPortal : IAsyncDisposable
{
    private ExportPortal(PortalFactory portal, string root)
    {
        Portal = portal;
        Root = root;
    }

    public PortalFactory Portal { get; }

    /// <summary>A temporary folder for handbooks and exports, deleted with the portal.</summary>
    public string Root { get; }

    public static async Task<ExportPortal> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "portal-export-tests-" + Guid.NewGuid().ToString("N"));

        // An existing, empty content root keeps the factory from writing its test content.
        Directory.CreateDirectory(Path.Combine(root, "content"));
        var portal = PortalFactory.Restart(root);
        await portal.InitializeAsync();
        return new ExportPortal(portal, root);
    }

    public string Folder(string name) => Path.Combine(Root, name);

    public async Task<ImportReport> ImportAsync(string folder, ImportOptions? options = null)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
        return await importer.ImportAsync(folder, options ?? new ImportOptions(), CancellationToken.None);
    }

    public async Task<ExportReport> ExportAsync(string folder, bool force = false)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var exporter = scope.ServiceProvider.GetRequiredService<ContentExporter>();
        return await exporter.ExportAsync(folder, new ExportOptions(force), CancellationToken.None);
    }

    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>Revisions and the change counter: what an import that changes nothing leaves alone.</summary>
    public Task<(int Revisions, long Change)> HistoryAsync() => QueryAsync(async db =>
        (await db.PlaybookRevisions.CountAsync(), await db.ChangeCounters.Select(c => c.Value).SingleAsync()));

    public Task<string> IdOfAsync(string slug) =>
        QueryAsync(db => db.Playbooks.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    public async ValueTask DisposeAsync() => await Portal.DisposeAsync();
}
