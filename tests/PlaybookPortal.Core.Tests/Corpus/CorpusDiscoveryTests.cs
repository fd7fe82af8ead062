using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Tests.Support;
using Xunit.Abstractions;

namespace PlaybookPortal.Core.Tests.Corpus;

public class CorpusDiscoveryTests(ITestOutputHelper output)
{
    private static readonly EnumerationOptions EveryFile = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
    };

    [CorpusTheory("gitlab-sales", "sourcegraph-gtm", "skills")]
    [InlineData("gitlab-sales")]
    [InlineData("sourcegraph-gtm")]
    [InlineData("skills")]
    public void Discover_RealHandbook_AccountsForEveryFile(string corpus)
    {
        var root = CorpusLocator.Require(corpus);
        var onDisk = Directory.GetFiles(root, "*", EveryFile).Length;

        var tree = ContentDiscovery.Discover(root);

        output.WriteLine(
            $"{corpus}: {onDisk} files, {tree.Playbooks.Count} playbooks, {tree.Skipped.Count} skipped");
        foreach (var (reason, count) in tree.CountSkippedByReason())
        {
            output.WriteLine($"  skipped {count,4} × {reason}");
        }

        foreach (var problem in tree.Problems)
        {
            output.WriteLine($"  {problem.Severity}: {problem}");
        }

        Assert.False(tree.HasPlaybooksFolder);
        Assert.Equal(onDisk, tree.Playbooks.Count + tree.Skipped.Count);
        Assert.All(tree.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.Equal(tree.Playbooks.Count, tree.Playbooks.Select(p => p.Slug).Distinct().Count());
    }

    [CorpusFact("gitlab-sales", "sourcegraph-gtm")]
    public void Discover_ExtensionlessPageWithSpace_GetsHyphenatedSlug()
    {
        var playbooks = new[] { "gitlab-sales", "sourcegraph-gtm" }
            .SelectMany(corpus => ContentDiscovery.Discover(CorpusLocator.Require(corpus)).Playbooks)
            .ToList();

        var spaced = Assert.Single(playbooks, p =>
            Path.GetFileName(p.RelativePath).Contains(' ', StringComparison.Ordinal)
            && SlugRules.IsExtensionless(Path.GetFileName(p.RelativePath)));

        output.WriteLine($"{spaced.RelativePath} -> {spaced.Slug}");
        Assert.Equal(spaced.RelativePath.ToLowerInvariant().Replace(' ', '-'), spaced.Slug);
        Assert.Contains(playbooks, p =>
            p.RelativePath.EndsWith("-provisioning", StringComparison.Ordinal));
    }

    [CorpusFact("gitlab-sales")]
    public void Discover_GitLabHandbook_CategoriesAreTheFoldersInsideHandbook()
    {
        var tree = ContentDiscovery.Discover(CorpusLocator.Require("gitlab-sales"));

        var categories = tree.Playbooks
            .GroupBy(p => p.FolderCategory ?? "(general)")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

        foreach (var group in categories)
        {
            output.WriteLine($"{group.Key}: {group.Count()}");
        }

        Assert.Equal(
            ["customer-success", "marketing", "sales"],
            tree.Playbooks
                .Select(p => p.FolderCategory)
                .OfType<string>()
                .Distinct()
                .Order(StringComparer.Ordinal));
    }
}
