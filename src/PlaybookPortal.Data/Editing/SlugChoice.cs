using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Data.Editing;

/// <summary>
/// Checks a slug typed for a new or moved playbook: normalised as import would normalise a
/// path, every segment meaningful, and not taken by another playbook. A slug that is only an
/// old address of another playbook may be taken; the new page wins that URL.
/// </summary>
internal static class SlugChoice
{
    public const int MaxLength = 512;

    public static async Task<(string? Slug, string? Problem)> CheckAsync(
        PortalDbContext db, string typed, string? playbookId, CancellationToken cancellationToken)
    {
        var trimmed = (typed ?? "").Trim().Trim('/');
        if (trimmed.Length == 0)
        {
            return (null, "Give the playbook an address, such as sales/discovery-calls.");
        }

        var slug = SlugRules.FromRelativePath(trimmed);
        var segments = slug.Split('/');
        if (segments.Any(s => s.Length == 0 || s is "." or ".."))
        {
            return (null, $"'{trimmed}' has an empty or relative folder; use letters, digits and dashes between the slashes.");
        }

        if (slug.Length > MaxLength)
        {
            return (null, $"The address is {slug.Length} characters long; the limit is {MaxLength}.");
        }

        // The address becomes a file path on export: only what every file system and git accept.
        if (segments.Any(s => s.Any(c => !IsAllowed(c)) || s.EndsWith('.')))
        {
            return (null, "Use letters, digits, dashes, underscores and dots between the slashes (no other signs, no dot at the end).");
        }

        var taken = await db.Playbooks.AsNoTracking()
            .AnyAsync(p => p.Slug == slug && p.Id != playbookId, cancellationToken);
        return taken ? (null, $"Another playbook already lives at '{slug}'.") : (slug, null);
    }

    private static bool IsAllowed(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.';
}
