using PlaybookPortal.Data.Onboarding;

namespace PlaybookPortal.Web.Pages.Onboarding.Paths;

/// <summary>
/// The sentence the playbook editor adds after a save that changed a playbook's audience, naming
/// the onboarding paths whose reps may no longer read it. Null when no path is affected.
/// </summary>
public static class PathFlagNotice
{
    public static async Task<string?> AfterAudienceChangeAsync(
        PathAudienceCheck check, string playbookId, CancellationToken cancellationToken)
    {
        var flags = await check.ForPlaybookAsync(playbookId, cancellationToken);
        if (flags.Count == 0)
        {
            return null;
        }

        var paths = flags.Select(f => f.PathId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return $" Onboarding paths that read it now have reps who may not read it: {string.Join(", ", paths)}.";
    }
}
