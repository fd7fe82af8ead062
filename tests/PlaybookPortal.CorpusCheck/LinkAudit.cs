using PlaybookPortal.Core.Links;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Step 4: a link to a page that was imported must resolve (QUIRKS.md rows 11 and 17). Each
/// broken-link mark keeps its original href in its title; if any slug the resolver derives
/// from it names an imported page, the portal failed to resolve a link it could have. A
/// resolved link must, in turn, point at an imported page.
/// </summary>
internal static class LinkAudit
{
    private const string BrokenTitlePrefix = "Not in the portal: ";

    public static LinkFigures Run(
        IReadOnlyList<FetchedPage> pages, IReadOnlySet<string> importedSlugs, List<Finding> findings)
    {
        var resolved = 0;
        var broken = 0;
        foreach (var page in pages)
        {
            foreach (var link in page.Prose.QuerySelectorAll("a.internal"))
            {
                resolved++;
                var href = link.GetAttribute("href") ?? "";
                if (SlugOf(href) is not { } slug || !importedSlugs.Contains(slug))
                {
                    ProseAudit.Report(findings, page, Checks.Link,
                        [$"resolved link {href} names no imported page"]);
                }
            }

            foreach (var mark in page.Prose.QuerySelectorAll("a.link-broken"))
            {
                broken++;
                var title = mark.GetAttribute("title") ?? "";
                var href = title.StartsWith(BrokenTitlePrefix, StringComparison.Ordinal)
                    ? title[BrokenTitlePrefix.Length..]
                    : title;
                var target = LinkTargetResolver.Candidates(href, page.Entry.SourceRelativePath!);
                var present = target?.CandidateSlugs.FirstOrDefault(importedSlugs.Contains);
                if (present is not null)
                {
                    ProseAudit.Report(findings, page, Checks.Link,
                        [$"{href} is marked broken, but page '{present}' exists"]);
                }
            }
        }

        return new LinkFigures(resolved, broken);
    }

    // The inverse of PortalUrls.Playbook: /playbooks/a/b%20c#x gives "a/b c".
    private static string? SlugOf(string href)
    {
        var prefix = PortalUrls.Playbook("");
        var path = href.Split('#')[0];
        return path.StartsWith(prefix, StringComparison.Ordinal)
            ? string.Join('/', path[prefix.Length..].Split('/').Select(Uri.UnescapeDataString))
            : null;
    }
}
