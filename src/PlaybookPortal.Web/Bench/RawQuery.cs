using System.Data.Common;

namespace PlaybookPortal.Web.Bench;

/// <summary>The baselines' one way to run plain SQL: a reader mapped row by row into a list.</summary>
internal static class RawQuery
{
    public static async Task<List<T>> ListAsync<T>(
        DbConnection connection, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
