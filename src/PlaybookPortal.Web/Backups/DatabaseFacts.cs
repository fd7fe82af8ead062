using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PlaybookPortal.Web.Backups;

/// <summary>
/// What a portal database holds, read with plain SQL so it works on a file that this portal
/// has not migrated (a backup being checked before it is restored).
/// </summary>
public sealed record DatabaseFacts(
    string? SchemaMigration, long Playbooks, long Revisions, long Users, long ChangeNumber)
{
    /// <summary>Tables without which a file is not a portal database.</summary>
    public static readonly IReadOnlyList<string> RequiredTables =
    [
        "__EFMigrationsHistory", "AspNetUsers", "Playbooks", "PlaybookRevisions",
        "ChangeCounters", "ChangeLog",
    ];

    public static async Task<IReadOnlyList<string>> MissingTablesAsync(
        SqliteConnection connection, CancellationToken cancellationToken)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            present.Add(reader.GetString(0));
        }

        return RequiredTables.Where(t => !present.Contains(t)).ToList();
    }

    /// <summary>Reads the facts; the caller has checked <see cref="RequiredTables"/> first.</summary>
    public static async Task<DatabaseFacts> ReadAsync(
        SqliteConnection connection, CancellationToken cancellationToken)
    {
        var migration = await ScalarAsync(connection,
            "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1", cancellationToken);
        return new DatabaseFacts(
            migration as string,
            await CountAsync(connection, "SELECT COUNT(*) FROM Playbooks", cancellationToken),
            await CountAsync(connection, "SELECT COUNT(*) FROM PlaybookRevisions", cancellationToken),
            await CountAsync(connection, "SELECT COUNT(*) FROM AspNetUsers", cancellationToken),
            await CountAsync(connection, "SELECT COALESCE(MAX(Value), 0) FROM ChangeCounters", cancellationToken));
    }

    private static async Task<long> CountAsync(
        SqliteConnection connection, string sql, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(connection, sql, cancellationToken), CultureInfo.InvariantCulture);

    private static async Task<object?> ScalarAsync(
        SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
