using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PlaybookPortal.Data.Storage;

/// <summary>
/// Puts every SQLite connection into WAL mode with a busy timeout, so readers never block the
/// writer and a second writer waits instead of failing at once. Registered only for SQLite.
/// </summary>
/// <remarks>
/// EF Core opens a read-only connection to ask whether the database exists. Switching the journal
/// mode writes the file header, so a read-only connection to a database still in rollback-journal
/// mode (one restored from a backup) would fail; it gets the other settings, and the first
/// writable connection switches the file to WAL.
/// </remarks>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Settings = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";

    private const string WriterSettings = "PRAGMA journal_mode=WAL; " + Settings;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string PragmasFor(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly
            ? Settings
            : WriterSettings;
}
