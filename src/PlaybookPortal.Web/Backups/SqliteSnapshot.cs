using Microsoft.Data.Sqlite;

namespace PlaybookPortal.Web.Backups;

/// <summary>
/// Copies a live SQLite database with the online backup API. The copy runs as one step under a
/// read transaction, so it is a consistent snapshot even while the portal keeps writing (WAL mode
/// lets the writer go on meanwhile), and a file copy of <c>portal.db</c> alone would miss
/// whatever still sits in the <c>-wal</c> file.
/// </summary>
public static class SqliteSnapshot
{
    public static async Task CopyAsync(string sourceFile, string targetFile, CancellationToken cancellationToken)
    {
        // Mode=ReadWrite never creates a missing source; no pooling, so no handle outlives the copy.
        await using var source = new SqliteConnection(ConnectionString(sourceFile, SqliteOpenMode.ReadWrite));
        await source.OpenAsync(cancellationToken);
        await ExecuteAsync(source, "PRAGMA busy_timeout=5000;", cancellationToken);

        await using var target = new SqliteConnection(ConnectionString(targetFile, SqliteOpenMode.ReadWriteCreate));
        await target.OpenAsync(cancellationToken);
        source.BackupDatabase(target);

        // The copy inherits WAL mode from the source's header; switching it back to a rollback
        // journal makes the archived file complete on its own, with no -wal beside it.
        await ExecuteAsync(target, "PRAGMA journal_mode=DELETE;", cancellationToken);
    }

    /// <summary>A connection string that opens exactly <paramref name="file"/> and pools nothing.</summary>
    public static string ConnectionString(string file, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Mode = mode,
        Pooling = false,
    }.ToString();

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
