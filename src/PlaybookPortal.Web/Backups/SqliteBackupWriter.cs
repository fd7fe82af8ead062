using System.Diagnostics;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace PlaybookPortal.Web.Backups;

/// <summary>
/// Writes a backup archive of a SQLite database that a running portal may be using. Everything is
/// built under a temporary name beside the target and moved into place last, so the target name
/// only ever holds a complete archive.
/// </summary>
public sealed partial class SqliteBackupWriter(TimeProvider time, ILogger<SqliteBackupWriter> logger)
{
    /// <summary>The running portal's version, as recorded in every manifest.</summary>
    public static string PortalVersion { get; } =
        typeof(SqliteBackupWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?
            .InformationalVersion ?? "unknown";

    /// <summary>
    /// Writes <paramref name="target"/>; replaces an existing file only when
    /// <paramref name="overwrite"/> is set, and otherwise throws <see cref="IOException"/>.
    /// </summary>
    public async Task<BackupWritten> WriteAsync(
        string databaseFile, string target, bool overwrite, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        var snapshot = partial + ".db";
        try
        {
            await SqliteSnapshot.CopyAsync(databaseFile, snapshot, cancellationToken);
            var manifest = await DescribeAsync(snapshot, cancellationToken);
            await BackupArchive.WriteAsync(partial, snapshot, manifest, cancellationToken);
            File.Move(partial, target, overwrite);

            var written = new BackupWritten(target, new FileInfo(target).Length, manifest,
                Stopwatch.GetElapsedTime(started));
            LogWritten(logger, target, written.Bytes, manifest.Playbooks, manifest.Revisions, manifest.Users,
                (long)written.Elapsed.TotalMilliseconds);
            return written;
        }
        finally
        {
            File.Delete(snapshot);
            File.Delete(partial);
        }
    }

    private async Task<BackupManifest> DescribeAsync(string snapshot, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(
            SqliteSnapshot.ConnectionString(snapshot, SqliteOpenMode.ReadOnly));
        await connection.OpenAsync(cancellationToken);
        var missing = await DatabaseFacts.MissingTablesAsync(connection, cancellationToken);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database has no {string.Join(", ", missing)} table; it is not a portal database.");
        }

        var facts = await DatabaseFacts.ReadAsync(connection, cancellationToken);
        return new BackupManifest(BackupManifest.CurrentFormatVersion, time.GetUtcNow(), PortalVersion,
            facts.SchemaMigration, facts.Playbooks, facts.Revisions, facts.Users, facts.ChangeNumber);
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Information,
        Message = "Backup written to {File}: {Bytes} bytes, {Playbooks} playbooks, {Revisions} revisions, " +
            "{Users} users in {ElapsedMs} ms")]
    private static partial void LogWritten(ILogger logger, string file, long bytes, long playbooks,
        long revisions, long users, long elapsedMs);
}
