using Microsoft.Data.Sqlite;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Backups;

/// <summary>
/// Where the SQLite database file is, decided from the same settings the portal's storage reads:
/// <c>Portal:Database</c> and <c>Portal:ConnectionString</c>, else <c>portal.db</c> in the data
/// folder. Backup and restore copy files, which only makes sense for an embedded database; a
/// server database (PostgreSQL) is backed up with its own tools.
/// </summary>
public sealed record SqliteDatabaseLocation(string? DatabaseFile, string? NotSqliteReason)
{
    public const string ServerDatabaseAdvice =
        "backups of a server database are made with the database's own tools (pg_dump and pg_restore for PostgreSQL), " +
        "not by the portal";

    public static SqliteDatabaseLocation From(IConfiguration configuration, PortalPaths paths)
    {
        var provider = configuration[$"{PortalOptions.SectionName}:{nameof(PortalOptions.Database)}"];
        if (!string.IsNullOrWhiteSpace(provider) && !provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return NotSqlite($"Portal:Database is '{provider}'");
        }

        var configured = configuration[$"{PortalOptions.SectionName}:{nameof(PortalOptions.ConnectionString)}"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return new SqliteDatabaseLocation(paths.DatabaseFile, null);
        }

        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(configured);
        }
        catch (ArgumentException)
        {
            // Keywords such as Host or Username belong to a server database, not to SQLite.
            return NotSqlite("Portal:ConnectionString is not an SQLite connection string");
        }

        var file = builder.DataSource;
        if (string.IsNullOrWhiteSpace(file) || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return NotSqlite("Portal:ConnectionString names no database file");
        }

        return new SqliteDatabaseLocation(Path.GetFullPath(file), null);
    }

    private static SqliteDatabaseLocation NotSqlite(string reason) => new(null, reason);
}
