using System.Net;
using PlaybookPortal.Core.Links;
using PlaybookPortal.Markdown;
using PlaybookPortal.Markdown.Links;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>
/// Renders what the editor typed with the published page's renderer and sanitiser, and resolves
/// its internal links for the editor as the playbook page does. Nothing is cached: the text is
/// not a revision yet.
/// </summary>
internal static class EditorPreview
{
    /// <summary>
    /// Sanitized HTML for the preview pane; <paramref name="linkBasePath"/> is the path links in
    /// the body are relative to (the playbook's file).
    /// </summary>
    public static string Render(PlaybookRenderer renderer, ReaderView view, string linkBasePath, string body)
    {
        // The preview shows the title field above the body, so a first heading is never dropped.
        var rendered = renderer.Render(body, new RenderRequest(DropFirstTitleHeading: false));
        var html = LinkPlaceholderResolver.Resolve(rendered, link => Resolve(link, linkBasePath, view));
        return rendered.Notice is null
            ? html
            : $"<p class=\"notice\">{WebUtility.HtmlEncode(rendered.Notice)}</p>{html}";
    }

    private static ResolvedLink Resolve(LinkPlaceholder link, string linkBasePath, ReaderView view)
    {
        var target = LinkTargetResolver.Candidates(link.Href, linkBasePath);
        var found = target?.CandidateSlugs.Select(view.Find).FirstOrDefault(e => e is not null);
        return found is null
            ? ResolvedLink.Broken
            : ResolvedLink.Internal(PortalUrls.Playbook(found.Slug, target!.Fragment));
    }
}
