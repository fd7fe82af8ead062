using Microsoft.Extensions.Caching.Memory;
using PlaybookPortal.Markdown;

namespace PlaybookPortal.Web.Reading;

/// <summary>
/// Rendered HTML per revision. Revisions never change, so an entry never goes stale; links
/// stay placeholders here and are resolved for each reader.
/// </summary>
public sealed class RenderCache(IMemoryCache cache, PlaybookRenderer renderer)
{
    public bool TryGet(long revisionId, bool dropTitleHeading, out RenderedPlaybook? rendered) =>
        cache.TryGetValue(Key(revisionId, dropTitleHeading), out rendered);

    public RenderedPlaybook Render(long revisionId, bool dropTitleHeading, string markdownBody)
    {
        var rendered = renderer.Render(markdownBody, new RenderRequest(dropTitleHeading));
        cache.Set(Key(revisionId, dropTitleHeading), rendered,
            new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) });
        return rendered;
    }

    private static (string, long, bool) Key(long revisionId, bool dropTitleHeading) =>
        ("render", revisionId, dropTitleHeading);
}
