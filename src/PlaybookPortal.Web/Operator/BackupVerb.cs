using System.Globalization;
using PlaybookPortal.Web.Backups;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Operator;

/// <summary>
/// <c>backup &lt;file&gt; [--force]</c>: writes a consistent backup archive of the SQLite
/// database, safe while the portal runs. Exits 1 when it cannot, 2 on a usage error or when the
/// database is a server database, which is backed up with its own tools.
/// </summary>
public sealed record BackupVerb(string? File, bool Force, string[] HostArgs) : OperatorVerb(HostArgs)
{
    public static BackupVerb From(string[] args)
    {
        var (own, host) = Split(args, "--force");
        return new BackupVerb(own.FirstOrDefault(a => !a.StartsWith('-')), own.Contains("--force"), host);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        if (string.IsNullOrWhiteSpace(File))
        {
            await output.WriteLineAsync("usage: backup <file> [--force]");
            return 2;
        }

        var location = SqliteDatabaseLocation.From(
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<PortalPaths>());
        if (location.DatabaseFile is null)
        {
            await output.WriteLineAsync($"No backup written: {location.NotSqliteReason}; {SqliteDatabaseLocation.ServerDatabaseAdvice}.");
            return 2;
        }

        var target = Path.GetFullPath(File);
        var refusal = Refusal(location.DatabaseFile, target);
        if (refusal is not null)
        {
            await output.WriteLineAsync($"No backup written: {refusal}.");
            return 1;
        }

        var writer = ActivatorUtilities.CreateInstance<SqliteBackupWriter>(services);
        BackupWritten written;
        try
        {
            written = await writer.WriteAsync(location.DatabaseFile, target, Force, CancellationToken.None);
        }
        catch (IOException exception)
        {
            await output.WriteLineAsync($"No backup written: {exception.Message}");
            return 1;
        }

        await output.WriteLineAsync(Summary(written));
        return 0;
    }

    private string? Refusal(string databaseFile, string target)
    {
        if (!System.IO.File.Exists(databaseFile))
        {
            return $"there is no database at {databaseFile}";
        }

        if (Directory.Exists(target))
        {
            return $"{target} is a folder; name the backup file";
        }

        return System.IO.File.Exists(target) && !Force
            ? $"{target} already exists; pass --force to replace it"
            : null;
    }

    private static string Summary(BackupWritten written)
    {
        var manifest = written.Manifest;
        return string.Create(CultureInfo.InvariantCulture,
            $"Backup written to {written.File}: {written.Bytes / 1024.0:F1} KB, {manifest.Playbooks} playbooks, " +
            $"{manifest.Revisions} revisions, {manifest.Users} users, change {manifest.ChangeNumber}, " +
            $"in {written.Elapsed.TotalSeconds:F2} s");
    }
}
