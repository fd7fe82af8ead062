using System.Globalization;
using PlaybookPortal.Web.Backups;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Operator;

/// <summary>
/// <c>restore &lt;file&gt;</c>: puts a backup archive's database into a data folder that has
/// none. Runs before anything prepares the database, so it never finds a database this same
/// command created. Exits 1 when it refuses, 2 on a usage error or for a server database.
/// </summary>
public sealed record RestoreVerb(string? File, string[] HostArgs) : OperatorVerb(HostArgs)
{
    public static RestoreVerb From(string[] args)
    {
        var (own, host) = Split(args);
        return new RestoreVerb(own.FirstOrDefault(a => !a.StartsWith('-')), host);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        if (string.IsNullOrWhiteSpace(File))
        {
            await output.WriteLineAsync("usage: restore <file>");
            return 2;
        }

        var paths = services.GetRequiredService<PortalPaths>();
        var location = SqliteDatabaseLocation.From(services.GetRequiredService<IConfiguration>(), paths);
        if (location.DatabaseFile is null)
        {
            await output.WriteLineAsync($"Nothing restored: {location.NotSqliteReason}; {SqliteDatabaseLocation.ServerDatabaseAdvice}.");
            return 2;
        }

        var restorer = ActivatorUtilities.CreateInstance<SqliteBackupRestorer>(services);
        var result = await restorer.RestoreAsync(
            Path.GetFullPath(File), location.DatabaseFile, paths.SearchIndexFolder, CancellationToken.None);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync($"Nothing restored: {result.Problem}.");
            return 1;
        }

        var manifest = result.Manifest!;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Restored {location.DatabaseFile} from a backup taken {manifest.CreatedUtc:yyyy-MM-dd HH:mm:ss} UTC " +
            $"by portal {manifest.PortalVersion} (schema {manifest.SchemaMigration ?? "none"}): " +
            $"{manifest.Playbooks} playbooks, {manifest.Revisions} revisions, {manifest.Users} users, " +
            $"change {manifest.ChangeNumber}."));
        await output.WriteLineAsync(result.IndexDeleted
            ? "Deleted the old search index; the portal rebuilds it from the database at its next start."
            : "The portal builds the search index from the database at its next start.");
        return 0;
    }
}
