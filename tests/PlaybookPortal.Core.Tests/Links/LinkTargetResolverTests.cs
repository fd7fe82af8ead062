using PlaybookPortal.Core.Links;

namespace PlaybookPortal.Core.Tests.Links;

public class LinkTargetResolverTests
{
    [Theory]
    [InlineData("../process/forecasting.md#x", "sales/tools/faq.md", "sales/process/forecasting")]
    [InlineData("qbrs/", "handbook/sales/index.html.md", "handbook/sales/qbrs")]
    [InlineData("./pricing.html", "handbook/sales/index.html.md", "handbook/sales/pricing")]
    [InlineData("/handbook/sales/qbrs/", "anything/at/all.md", "handbook/sales/qbrs")]
    [InlineData("/handbook/sales/qbrs/index.html", "a.md", "handbook/sales/qbrs")]
    [InlineData("/handbook/sales/qbrs.html?from=nav", "a.md", "handbook/sales/qbrs")]
    [InlineData("/handbook/Sales%20Team/Caf%C3%A9/", "a.md", "handbook/sales-team/caf\u00e9")]
    [InlineData("/", "a/b.md", "index")]
    [InlineData("../README.md", "docs/x/index.md", "docs")]
    public void Candidates_InternalLink_FirstCandidateIsTheSlug(
        string href, string source, string expected)
    {
        var target = LinkTargetResolver.Candidates(href, source);

        Assert.NotNull(target);
        Assert.Equal(expected, target.CandidateSlugs[0]);
    }

    [Theory]
    [InlineData("https://example.com/handbook/")]
    [InlineData("HTTP://example.com")]
    [InlineData("//cdn.example.com/x.md")]
    [InlineData("mailto:sales@example.com")]
    [InlineData("tel:+4930123")]
    [InlineData("#next-steps")]
    [InlineData("?tab=2")]
    [InlineData("")]
    [InlineData("../../../../outside.md")]
    public void Candidates_NotAnInternalPage_IsNull(string href)
    {
        var target = LinkTargetResolver.Candidates(href, "handbook/sales/index.html.md");

        Assert.Null(target);
    }

    [Fact]
    public void Candidates_Fragment_IsDecodedAndKept()
    {
        var target = LinkTargetResolver.Candidates("../x.md#step%201", "a/b/index.md");

        Assert.Equal("step 1", target?.Fragment);
        Assert.Equal(["a/x"], target?.CandidateSlugs);
    }

    [Fact]
    public void Candidates_DirectoryLinkFromNonIndexPage_TriesPageUrlFirst()
    {
        var target = LinkTargetResolver.Candidates("agenda/", "handbook/workshops/ci-workshop.html.md");

        Assert.Equal(
            ["handbook/workshops/ci-workshop/agenda", "handbook/workshops/agenda"],
            target?.CandidateSlugs);
    }

    [Fact]
    public void Candidates_SourceFileLinkFromNonIndexPage_TriesFileFolderFirst()
    {
        var target = LinkTargetResolver.Candidates("pricing.md", "departments/sales/deals.md");

        Assert.Equal(
            ["departments/sales/pricing", "departments/sales/deals/pricing"],
            target?.CandidateSlugs);
    }

    [Fact]
    public void Candidates_ClimbingAboveRootFromFileFolderOnly_KeepsThePageUrlCandidate()
    {
        var target = LinkTargetResolver.Candidates("../x/", "top.html.md");

        Assert.Equal(["x"], target?.CandidateSlugs);
    }
}
