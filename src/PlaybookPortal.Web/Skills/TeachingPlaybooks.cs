using PlaybookPortal.Data.Catalog;

namespace PlaybookPortal.Web.Skills;

/// <summary>
/// Playbooks by the skills they teach (front matter <c>skills</c>), built from a list that is
/// already filtered to what may be read, so no link leads where the viewer may not go.
/// </summary>
public static class TeachingPlaybooks
{
    public static ILookup<string, PlaybookEntry> BySkill(IEnumerable<PlaybookEntry> readable) => readable
        .OrderBy(e => e.Title, StringComparer.CurrentCultureIgnoreCase)
        .SelectMany(e => e.Skills.Select(skill => (Skill: skill, Entry: e)))
        .ToLookup(p => p.Skill, p => p.Entry, StringComparer.Ordinal);
}
