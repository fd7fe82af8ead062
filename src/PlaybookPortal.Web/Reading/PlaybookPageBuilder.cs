using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Links;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Markdown;
using PlaybookPortal.Markdown.Links;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Reading;

/// <summary>
/// Builds a playbook page for one reader: the cached rendering of the current revision with
/// its links resolved for this reader, breadcrumbs, freshness and related playbooks.
/// </summary>
public sealed class PlaybookPageBuilder(PortalDbContext db, RenderCache renders, PortalClock clock)
{
    public async Task<PlaybookPageResult> BuildAsync(
        string slug, ReaderView view, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return new PlaybookNotFound();
        }

        // The URL is normalised like a file path, so case, NFC and a trailing .md never matter.
        var normalised = SlugRules.FromRelativePath(slug);
        var entry = view.Find(normalised);
        if (entry is null && view.FindMovedFrom(normalised) is { } moved)
        {
            // Temporary on purpose: the old address may be taken by a new page later.
            return new PlaybookRedirect(PortalUrls.Playbook(moved.Slug));
        }

        if (entry?.CurrentRevisionId is not { } revisionId)
        {
            return new PlaybookNotFound();
        }

        string? externalRedirect = null;
        if (entry.IsRedirectStub)
        {
            var target = RedirectTarget(entry, view);
            if (target is not null)
            {
                return new PlaybookRedirect(target);
            }

            externalRedirect = IsWebAddress(entry.RedirectTo!) ? entry.RedirectTo : null;
        }

        var revision = await db.PlaybookRevisions.AsNoTracking()
            .Where(r => r.Id == revisionId)
            .Select(r => new { r.AuthorName, r.CreatedUtc })
            .SingleAsync(cancellationToken);
        var rendered = await RenderAsync(entry, revisionId, cancellationToken);
        var html = LinkPlaceholderResolver.Resolve(rendered.Html, rendered.Links, link => ResolveLink(entry, link, view));

        return new PlaybookPage(
            entry, html, rendered.Headings, Breadcrumbs(entry, view), RelatedPlaybooks.For(entry, view),
            entry.IsDueForReview(clock.Today), clock.ToLocal(revision.CreatedUtc), revision.AuthorName,
            rendered.Notice, externalRedirect);
    }

    private async Task<RenderedPlaybook> RenderAsync(
        PlaybookEntry entry, long revisionId, CancellationToken cancellationToken)
    {
        if (renders.TryGet(revisionId, entry.TitleFromHeading, out var cached))
        {
            return cached!;
        }

        var source = await db.PlaybookRevisions.AsNoTracking()
            .Where(r => r.Id == revisionId).Select(r => r.SourceText).SingleAsync(cancellationToken);
        var body = FrontMatterParser.Parse(source).Body;
        return renders.Render(revisionId, entry.TitleFromHeading, body);
    }

    private static ResolvedLink ResolveLink(PlaybookEntry entry, LinkPlaceholder link, ReaderView view)
    {
        var target = LinkTargetResolver.Candidates(link.Href, entry.LinkBasePath);
        var found = target?.CandidateSlugs.Select(view.Find).FirstOrDefault(e => e is not null)
            ?? target?.CandidateSlugs.Select(view.FindMovedFrom).FirstOrDefault(e => e is not null);
        return found is null
            ? ResolvedLink.Broken
            : ResolvedLink.Internal(PortalUrls.Playbook(found.Slug, target!.Fragment));
    }

    private static string? RedirectTarget(PlaybookEntry entry, ReaderView view)
    {
        var target = LinkTargetResolver.Candidates(entry.RedirectTo!, entry.LinkBasePath);
        if (target is null)
        {
            return null;
        }

        // A stub that points at its own folder ('./' in an index page) means the page above it.
        var slugs = target.CandidateSlugs.Where(s => s != entry.Slug).ToList();
        if (target.CandidateSlugs.Contains(entry.Slug) && entry.Slug.Contains('/', StringComparison.Ordinal))
        {
            slugs.Add(entry.Slug[..entry.Slug.LastIndexOf('/')]);
        }

        var found = slugs.Select(view.Find).FirstOrDefault(e => e is not null && !e.IsRedirectStub);
        return found is null ? null : PortalUrls.Playbook(found.Slug, target.Fragment);
    }

    private static List<Breadcrumb> Breadcrumbs(PlaybookEntry entry, ReaderView view)
    {
        var trail = new List<Breadcrumb> { new("Home", "/") };
        var category = entry.Category ?? ReaderView.GeneralCategory;
        trail.Add(new Breadcrumb(CategoryNames.Display(category), PortalUrls.Category(category)));

        var segments = entry.Slug.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var parent = view.Find(string.Join('/', segments[..i]));
            if (parent is not null && !parent.IsRedirectStub)
            {
                trail.Add(new Breadcrumb(parent.Title, PortalUrls.Playbook(parent.Slug)));
            }
        }

        trail.Add(new Breadcrumb(entry.Title, null));
        return trail;
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
