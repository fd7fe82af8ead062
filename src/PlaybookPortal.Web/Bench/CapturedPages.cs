using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace PlaybookPortal.Web.Bench;

/// <summary>
/// The <c>/search</c> pages the benchmark captured, one file per query named by the hex SHA-256
/// of the query text. Read once and kept in memory, so the baseline endpoints cost no disk
/// reads that <c>/search</c> does not have either.
/// </summary>
public sealed class CapturedPages(string folder)
{
    private readonly ConcurrentDictionary<string, byte[]?> _pages = new(StringComparer.Ordinal);

    /// <summary>The file name a query's page is captured under.</summary>
    public static string FileNameFor(string query) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>The captured bytes, or null when the benchmark captured no page for this query.</summary>
    public byte[]? Find(string query) => _pages.GetOrAdd(query, q =>
    {
        var path = Path.Combine(folder, FileNameFor(q));
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    });
}
