using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;

namespace PlaybookPortal.Web.Backups;

/// <summary>
/// Restores a backup archive into a data folder that holds no database yet. The archive is
/// checked in a scratch folder first, so a refused or damaged file leaves the data folder exactly
/// as it was; the search index is deleted because it is derived and the portal rebuilds a
/// missing one from the restored database at its next start.
/// </summary>
public sealed partial class SqliteBackupRestorer(ILogger<SqliteBackupRestorer> logger)
{
    public async Task<RestoreResult> RestoreAsync(
        string archive, string databaseFile, string indexFolder, CancellationToken cancellationToken)
    {
        if (!File.Exists(archive))
        {
            return RestoreResult.Refused($"{archive} does not exist");
        }

        // Never overwrite: a database here (or its journal) is someone's data.
        var existing = new[] { databaseFile, databaseFile + "-wal", databaseFile + "-journal" }.FirstOrDefault(File.Exists);
        if (existing is not null)
        {
            return RestoreResult.Refused($"{existing} already exists; restore only into a data folder " +
                "without a database (move the old one away first)");
        }

        var scratch = Directory.CreateTempSubdirectory("portal-restore-").FullName;
        try
        {
            var extracted = Path.Combine(scratch, BackupArchive.DatabaseEntry);
            var (manifest, problem) = await BackupArchive.ExtractAsync(archive, extracted, cancellationToken);
            problem ??= await CheckDatabaseAsync(extracted, manifest!, cancellationToken);
            if (problem is not null)
            {
                LogRefused(logger, archive, problem);
                return RestoreResult.Refused($"{archive} cannot be restored: {problem}");
            }

            Install(extracted, databaseFile);
            var indexDeleted = Directory.Exists(indexFolder);
            if (indexDeleted)
            {
                Directory.Delete(indexFolder, recursive: true);
            }

            LogRestored(logger, archive, databaseFile, manifest!.Playbooks, manifest.Revisions, manifest.Users);
            return RestoreResult.Restored(manifest, indexDeleted);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    // Copied under a temporary name in the target folder, then renamed: the database name
    // appears only when the whole file is there.
    private static void Install(string extracted, string databaseFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databaseFile)!);
        var partial = databaseFile + ".restoring";
        File.Copy(extracted, partial, overwrite: true);
        File.Move(partial, databaseFile, overwrite: false);
    }

    private static async Task<string?> CheckDatabaseAsync(
        string file, BackupManifest manifest, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(
                SqliteSnapshot.ConnectionString(file, SqliteOpenMode.ReadOnly));
            await connection.OpenAsync(cancellationToken);
            await using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA quick_check";
                if (await check.ExecuteScalarAsync(cancellationToken) is not "ok")
                {
                    return "its database is damaged";
                }
            }

            var missing = await DatabaseFacts.MissingTablesAsync(connection, cancellationToken);
            if (missing.Count > 0)
            {
                return $"its database has no {string.Join(", ", missing)} table";
            }

            var facts = await DatabaseFacts.ReadAsync(connection, cancellationToken);
            if (facts.Playbooks != manifest.Playbooks || facts.Revisions != manifest.Revisions || facts.Users != manifest.Users)
            {
                return "its database does not hold what its manifest lists";
            }

            return UnknownMigration(file, facts.SchemaMigration);
        }
        catch (SqliteException exception)
        {
            return $"its database cannot be opened ({exception.Message})";
        }
    }

    // A backup from a newer portal has migrations this one cannot read; pending ones are fine,
    // the next start applies them.
    private static string? UnknownMigration(string file, string? migration)
    {
        using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(SqliteSnapshot.ConnectionString(file, SqliteOpenMode.ReadOnly)).Options);
        return migration is null || db.Database.GetMigrations().Contains(migration, StringComparer.Ordinal)
            ? null
            : $"its schema {migration} comes from a newer portal; restore it with that version";
    }

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information,
        Message = "Backup {Archive} restored to {DatabaseFile}: {Playbooks} playbooks, {Revisions} revisions, {Users} users")]
    private static partial void LogRestored(ILogger logger, string archive, string databaseFile,
        long playbooks, long revisions, long users);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning, Message = "Backup {Archive} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string archive, string reason);
}
