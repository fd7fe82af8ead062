using Microsoft.EntityFrameworkCore;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// Turns a read step's <c>playbook</c> (a slug as written in the path file) into a playbook id:
/// by current slug, by an old slug the playbook had before a move, or by the playbook's id.
/// </summary>
public sealed class PlaybookRefResolver
{
    private readonly Dictionary<string, string> _ids;

    private PlaybookRefResolver(Dictionary<string, string> ids) => _ids = ids;

    public static async Task<PlaybookRefResolver> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);

        // Weakest first, so a current slug wins over an old one and over an id that looks alike.
        foreach (var id in await db.Playbooks.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken))
        {
            ids[id] = id;
        }

        foreach (var alias in await db.PlaybookSlugAliases.AsNoTracking().ToListAsync(cancellationToken))
        {
            ids[alias.Slug] = alias.PlaybookId;
        }

        foreach (var playbook in await db.Playbooks.AsNoTracking().Select(p => new { p.Id, p.Slug }).ToListAsync(cancellationToken))
        {
            ids[playbook.Slug] = playbook.Id;
        }

        return new PlaybookRefResolver(ids);
    }

    /// <summary>The playbook's id, or null when no playbook answers to <paramref name="reference"/>.</summary>
    public string? Resolve(string? reference)
    {
        var key = Normalise(reference);
        return key is not null && _ids.TryGetValue(key, out var id) ? id : null;
    }

    // Slugs are lower-case; writers of path files add a leading slash or ".md" out of habit.
    private static string? Normalise(string? reference)
    {
        var key = reference?.Trim().Trim('/').ToLowerInvariant();
        if (key is not null && key.EndsWith(".md", StringComparison.Ordinal))
        {
            key = key[..^3];
        }

        return string.IsNullOrEmpty(key) ? null : key;
    }
}
