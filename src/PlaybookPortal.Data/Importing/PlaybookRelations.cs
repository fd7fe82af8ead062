using PlaybookPortal.Core.Links;
using PlaybookPortal.Data.Playbooks;

namespace PlaybookPortal.Data.Importing;

/// <summary>Replaces a playbook's tags, skills and outgoing links with those of a draft.</summary>
internal static class PlaybookRelations
{
    public static void Replace(Playbook playbook, PlaybookDraft draft)
    {
        playbook.Tags.Clear();
        foreach (var tag in Normalise(draft.Fields.Tags))
        {
            playbook.Tags.Add(new PlaybookTag { PlaybookId = playbook.Id, Tag = tag });
        }

        playbook.Skills.Clear();
        foreach (var skill in Normalise(draft.Fields.Skills))
        {
            playbook.Skills.Add(new PlaybookSkill { PlaybookId = playbook.Id, SkillId = skill });
        }

        playbook.Links.Clear();
        foreach (var slug in LinkedSlugs(draft).Where(s => s != playbook.Slug))
        {
            playbook.Links.Add(new PlaybookLink { PlaybookId = playbook.Id, TargetSlug = slug });
        }
    }

    // Every candidate is stored, so a link to a page imported later still counts as related.
    private static IEnumerable<string> LinkedSlugs(PlaybookDraft draft) => draft.Facts.LinkTargets
        .Select(href => LinkTargetResolver.Candidates(href, draft.File.RelativePath))
        .Where(target => target is not null)
        .SelectMany(target => target!.CandidateSlugs)
        .Where(slug => slug.Length is > 0 and <= 512)
        .Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Normalise(IEnumerable<string> values) => values
        .Select(v => v.Trim().ToLowerInvariant())
        .Where(v => v.Length is > 0 and <= 200)
        .Distinct(StringComparer.Ordinal);
}
