using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Tests.Support;

namespace PlaybookPortal.Core.Tests.Content;

public sealed class ContentDiscoveryTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Discover_MixedHandbook_TakesPlaybookTypesAndSkipsTheRestWithReasons()
    {
        _folder
            .Write("sales/a.md")
            .Write("sales/b.markdown")
            .Write("sales/c.html.md")
            .Write("sales/index.html.md.erb")
            .Write("sales/Cold Calls")
            .WriteBytes("sales/blob", [0x50, 0x4B, 0x00, 0x03])
            .WriteBytes("sales/chart.PNG", [0x89, 0x50])
            .Write("sales/_partial.erb")
            .Write("LICENSE")
            .Write("COPYING.txt")
            .Write("Source.md")
            .Write(".draft.md")
            .Write(".git/config");

        var tree = ContentDiscovery.Discover(_folder.Root);

        Assert.False(tree.HasPlaybooksFolder);
        Assert.Equal(tree.Root, tree.PlaybooksRoot);
        Assert.Equal(
            [
                "sales/Cold Calls", "sales/a.md", "sales/b.markdown", "sales/c.html.md",
                "sales/index.html.md.erb",
            ],
            tree.Playbooks.Select(p => p.RelativePath));
        Assert.Equal(
            ["sales/cold-calls", "sales/a", "sales/b", "sales/c", "sales"],
            tree.Playbooks.Select(p => p.Slug));
        Assert.Equal(
            [
                (".draft.md", SkipReasons.HiddenFile),
                (".git", SkipReasons.HiddenFolder),
                ("COPYING.txt", SkipReasons.Notice),
                ("LICENSE", SkipReasons.Notice),
                ("Source.md", SkipReasons.Notice),
                ("sales/_partial.erb", "not a playbook file type (.erb)"),
                ("sales/blob", SkipReasons.Binary),
                ("sales/chart.PNG", "not a playbook file type (.png)"),
            ],
            tree.Skipped.Select(s => (s.RelativePath, s.Reason)));
        Assert.Empty(tree.Problems);
    }

    [Fact]
    public void Discover_TwoFilesWithOneSlug_ReportsBothAndImportsNeither()
    {
        _folder.Write("sales/qbrs.md").Write("sales/qbrs/index.html.md").Write("sales/other.md");

        var tree = ContentDiscovery.Discover(_folder.Root);

        var error = Assert.Single(tree.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Contains("'sales/qbrs.md'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'sales/qbrs/index.html.md'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["sales/other"], tree.Playbooks.Select(p => p.Slug));
        Assert.All(tree.Skipped, s => Assert.Equal(SkipReasons.DuplicateSlug, s.Reason));
        Assert.Equal(2, tree.Skipped.Count);
    }

    [Fact]
    public void Discover_SlugsDifferingOnlyInCase_AreDuplicates()
    {
        _folder.Write("Pricing.md").Write("pricing.markdown");

        var tree = ContentDiscovery.Discover(_folder.Root);

        Assert.Empty(tree.Playbooks);
        Assert.Single(tree.Problems);
    }

    [Fact]
    public void Discover_PlaybooksFolder_ListsOnboardingSkillsAndPositions()
    {
        _folder
            .Write("playbooks/kpis/pipeline.md")
            .Write("playbooks/process/forecasting.md")
            .Write("playbooks/welcome.md")
            .Write("onboarding/ae.yaml", "id: ae\n")
            .Write("onboarding/sdr.yml", "id: sdr\n")
            .Write("onboarding/old/legacy.yaml", "id: x\n")
            .Write("onboarding/notes.md")
            .Write("skills/catalog.yaml", "skills: []\n")
            .Write("skills/targets/ae.yml", "targets: []\n")
            .Write("positions.yaml", "positions: []\n")
            .Write("README.md");

        var tree = ContentDiscovery.Discover(_folder.Root);

        Assert.True(tree.HasPlaybooksFolder);
        Assert.Equal(Path.Combine(tree.Root, "playbooks"), tree.PlaybooksRoot);
        Assert.Equal(
            [
                ("kpis/pipeline.md", "kpis/pipeline", "kpis"),
                ("process/forecasting.md", "process/forecasting", "process"),
                ("welcome.md", "welcome", null),
            ],
            tree.Playbooks.Select(p => (p.RelativePath, p.Slug, p.FolderCategory)));
        Assert.Equal(["onboarding/ae.yaml", "onboarding/sdr.yml"], tree.OnboardingFiles);
        Assert.Equal(["skills/catalog.yaml", "skills/targets/ae.yml"], tree.SkillFiles);
        Assert.Equal("positions.yaml", tree.PositionsFile);
        Assert.Equal(
            [
                ("README.md", SkipReasons.OutsideContentFolders),
                ("onboarding/notes.md", SkipReasons.NotOnboardingFile),
                ("onboarding/old/legacy.yaml", SkipReasons.NotOnboardingFile),
            ],
            tree.Skipped.Select(s => (s.RelativePath, s.Reason)));
    }

    [Fact]
    public void Discover_EverythingUnderHandbook_TakesCategoriesFromInsideIt()
    {
        _folder
            .Write("SOURCE.md")
            .Write("handbook/index.html.md")
            .Write("handbook/sales/qbrs/index.html.md")
            .Write("handbook/marketing/events.html.md")
            .Write("handbook/customer-success/csm/ebr/index.html.md");

        var tree = ContentDiscovery.Discover(_folder.Root);

        Assert.Equal(
            [null, "customer-success", "marketing", "sales"],
            tree.Playbooks.Select(p => p.FolderCategory).Order());
    }

    [Fact]
    public void Discover_LinksLeavingTheRoot_AreNotFollowed()
    {
        using var outside = new TempContentFolder();
        outside.Write("secret/private.md").Write("secret.md");
        _folder.Write("sales/a.md");
        Directory.CreateSymbolicLink(_folder.PathOf("sales/elsewhere"), outside.PathOf("secret"));
        File.CreateSymbolicLink(_folder.PathOf("sales/leak.md"), outside.PathOf("secret.md"));
        File.CreateSymbolicLink(_folder.PathOf("sales/alias.md"), _folder.PathOf("sales/a.md"));
        File.CreateSymbolicLink(_folder.PathOf("sales/dangling.md"), _folder.PathOf("sales/gone.md"));

        var tree = ContentDiscovery.Discover(_folder.Root);

        Assert.Equal(["sales/a.md", "sales/alias.md"], tree.Playbooks.Select(p => p.RelativePath));
        Assert.Equal(
            [
                ("sales/dangling.md", SkipReasons.BrokenLink),
                ("sales/elsewhere", SkipReasons.FolderLink),
                ("sales/leak.md", SkipReasons.LinkOutsideRoot),
            ],
            tree.Skipped.Select(s => (s.RelativePath, s.Reason)));
    }

    [Fact]
    public void Discover_FileLinkThroughFolderLinkToOutside_IsNotFollowed()
    {
        using var outside = new TempContentFolder();
        outside.Write("etc/secret.md");
        _folder.Write("sales/a.md");
        Directory.CreateSymbolicLink(_folder.PathOf("mirror"), outside.PathOf("etc"));
        File.CreateSymbolicLink(_folder.PathOf("sales/b.md"), _folder.PathOf("mirror/secret.md"));

        var tree = ContentDiscovery.Discover(_folder.Root);

        Assert.Equal(["sales/a.md"], tree.Playbooks.Select(p => p.RelativePath));
        Assert.Contains(new SkippedFile("sales/b.md", SkipReasons.LinkOutsideRoot), tree.Skipped);
    }

    [Fact]
    public void Discover_MissingRoot_Throws()
    {
        var missing = Path.Combine(_folder.Root, "nope");

        Assert.Throws<DirectoryNotFoundException>(() => ContentDiscovery.Discover(missing));
    }

    [Fact]
    public void CountSkippedByReason_SkippedFiles_CountsEachReason()
    {
        _folder.Write("a.png").Write("b.png").Write("LICENSE").Write("c.md");

        var counts = ContentDiscovery.Discover(_folder.Root).CountSkippedByReason();

        Assert.Equal(2, counts["not a playbook file type (.png)"]);
        Assert.Equal(1, counts[SkipReasons.Notice]);
    }
}
