using PlaybookPortal.Markdown.Links;

namespace PlaybookPortal.Markdown.Tests.Links;

public class LinkPlaceholderResolverTests
{
    private static readonly LinkPlaceholder[] Links =
    [
        new(0, "../qbrs/index.html.md#prep"),
        new(1, "/handbook/missing/"),
        new(2, "x.md?a=1&b=\"2\""),
    ];

    [Fact]
    public void Resolve_InternalLink_WritesEncodedHrefAndInternalClass()
    {
        const string html = "<p><a data-pp-link=\"0\">QBRs</a></p>";

        var target = ResolvedLink.Internal("/playbooks/qbrs?x=1&y=\"2\"#prep");

        var resolved = LinkPlaceholderResolver.Resolve(html, Links, _ => target);

        Assert.Equal(
            "<p><a href=\"/playbooks/qbrs?x=1&amp;y=&quot;2&quot;#prep\" class=\"internal\">QBRs</a></p>",
            resolved);
    }

    [Fact]
    public void Resolve_BrokenLink_WritesMarkWithOriginalTargetAndNoHref()
    {
        const string html = "<a data-pp-link=\"2\">x</a>";

        var resolved = LinkPlaceholderResolver.Resolve(html, Links, _ => ResolvedLink.Broken);

        Assert.Equal(
            "<a class=\"link-broken\" title=\"Not in the portal: x.md?a=1&amp;b=&quot;2&quot;\">x</a>",
            resolved);
    }

    [Fact]
    public void Resolve_ExternalLink_WritesRelAndExternalClass()
    {
        const string html = "<a data-pp-link=\"1\">old page</a>";

        var resolved = LinkPlaceholderResolver.Resolve(
            html, Links, link => ResolvedLink.External("https://handbook.example.com" + link.Href));

        Assert.Equal(
            "<a href=\"https://handbook.example.com/handbook/missing/\" class=\"external\" "
            + "rel=\"noopener noreferrer\">old page</a>",
            resolved);
    }

    [Fact]
    public void Resolve_ManyPlaceholders_PassesEachItsOwnEntryInOrder()
    {
        const string html =
            "<a data-pp-link=\"0\">a</a> <a data-pp-link=\"1\">b</a> <a data-pp-link=\"2\">c</a>";
        var seen = new List<LinkPlaceholder>();

        var resolved = LinkPlaceholderResolver.Resolve(html, Links, link =>
        {
            seen.Add(link);
            return link.Index == 1 ? ResolvedLink.Broken : ResolvedLink.Internal("/p/" + link.Index);
        });

        Assert.Equal(Links, seen);
        Assert.Equal(
            "<a href=\"/p/0\" class=\"internal\">a</a> "
            + "<a class=\"link-broken\" title=\"Not in the portal: /handbook/missing/\">b</a> "
            + "<a href=\"/p/2\" class=\"internal\">c</a>",
            resolved);
    }

    [Fact]
    public void Resolve_ResolvedToScriptUrl_ShowsBrokenLink()
    {
        const string html = "<a data-pp-link=\"0\">x</a>";

        var target = ResolvedLink.Internal("javascript:alert(1)");

        var resolved = LinkPlaceholderResolver.Resolve(html, Links, _ => target);

        Assert.StartsWith("<a class=\"link-broken\"", resolved, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", resolved, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownIndex_ShowsBrokenLinkWithoutCallingResolver()
    {
        const string html = "<a data-pp-link=\"7\">x</a>";
        var calls = 0;

        var resolved = LinkPlaceholderResolver.Resolve(html, Links, _ =>
        {
            calls++;
            return ResolvedLink.Internal("/x");
        });

        Assert.Equal(0, calls);
        Assert.Equal("<a class=\"link-broken\" title=\"Not in the portal: \">x</a>", resolved);
    }

    [Theory]
    [InlineData("<p>no links here</p>")]
    [InlineData("<a data-pp-link=\"\">empty</a>")]
    [InlineData("<a data-pp-link=\"1x\">junk</a>")]
    [InlineData("&lt;a data-pp-link=\"0\"&gt; as text")]
    [InlineData("<a data-pp-link=\"0\"")]
    public void Resolve_NoWellFormedPlaceholder_LeavesHtmlUnchanged(string html)
    {
        var resolved = LinkPlaceholderResolver.Resolve(html, Links, _ => ResolvedLink.Internal("/x"));

        Assert.Equal(html, resolved);
    }

    [Fact]
    public void Resolve_RenderedPlaybook_ResolvesItsOwnLinks()
    {
        const string body = "See [QBRs](../qbrs/) and [x](#top).";
        var rendered = new PlaybookRenderer().Render(body, new RenderRequest(false));

        var resolved = LinkPlaceholderResolver.Resolve(
            rendered, link => ResolvedLink.Internal("/p?from=" + link.Href));

        Assert.Equal(
            "<p>See <a href=\"/p?from=../qbrs/\" class=\"internal\">QBRs</a> and <a href=\"#top\">x</a>.</p>",
            resolved.Trim());
    }
}
