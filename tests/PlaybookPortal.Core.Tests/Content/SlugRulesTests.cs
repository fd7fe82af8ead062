using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Content;

public class SlugRulesTests
{
    [Theory]
    [InlineData("handbook/sales/qbrs/index.html.md", "handbook/sales/qbrs")]
    [InlineData("handbook/sales/index.html.md.erb", "handbook/sales")]
    [InlineData("departments/sales/process/forecasting.md", "departments/sales/process/forecasting")]
    [InlineData("a/Some Page", "a/some-page")]
    [InlineData("x/README.md", "x")]
    [InlineData("guides/cold-calls.markdown", "guides/cold-calls")]
    [InlineData("guides/discovery.html.md", "guides/discovery")]
    public void FromRelativePath_BriefExamples_GivesSlug(string path, string expected)
    {
        var slug = SlugRules.FromRelativePath(path);

        Assert.Equal(expected, slug);
    }

    [Theory]
    [InlineData("index.md")]
    [InlineData("README.md")]
    [InlineData("Index.html.md")]
    [InlineData("readme")]
    public void FromRelativePath_IndexAtRoot_GivesIndex(string path)
    {
        var slug = SlugRules.FromRelativePath(path);

        Assert.Equal(SlugRules.RootSlug, slug);
    }

    [Fact]
    public void FromRelativePath_IndexInMixedCaseFolders_CollapsesAndLowerCases()
    {
        var slug = SlugRules.FromRelativePath("Team Notes/Q3 Plan/INDEX.MD");

        Assert.Equal("team-notes/q3-plan", slug);
    }

    [Fact]
    public void FromRelativePath_BackslashSeparators_UsesSlashes()
    {
        var slug = SlugRules.FromRelativePath(@"sales\process\pricing.md");

        Assert.Equal("sales/process/pricing", slug);
    }

    [Fact]
    public void FromRelativePath_DecomposedUmlaut_EqualsComposed()
    {
        var decomposed = "vertrieb/Gru\u0308nde.md";
        var composed = "vertrieb/Gr\u00fcnde.md";

        var fromDecomposed = SlugRules.FromRelativePath(decomposed);
        var fromComposed = SlugRules.FromRelativePath(composed);

        Assert.Equal(fromComposed, fromDecomposed);
        Assert.Equal("vertrieb/gr\u00fcnde", fromDecomposed);
    }

    [Fact]
    public void FromRelativePath_ErbWithoutHtmlMd_KeepsName()
    {
        var slug = SlugRules.FromRelativePath("jobs/_partial.erb");

        Assert.Equal("jobs/_partial.erb", slug);
    }

    [Theory]
    [InlineData("page.md", true)]
    [InlineData("page.MD", true)]
    [InlineData("page.markdown", true)]
    [InlineData("page.html.md", true)]
    [InlineData("page.html.md.erb", true)]
    [InlineData("Recommended Reads", true)]
    [InlineData("provisioning", true)]
    [InlineData("diagram.png", false)]
    [InlineData("partial.erb", false)]
    [InlineData("notes.txt", false)]
    [InlineData("LICENSE", false)]
    [InlineData("license.md", false)]
    [InlineData("COPYING.txt", false)]
    [InlineData("SOURCE.md", false)]
    [InlineData(".hidden.md", false)]
    public void IsPlaybookFileName_Name_IsJudgedByNameAlone(string name, bool expected)
    {
        var isPlaybook = SlugRules.IsPlaybookFileName(name);

        Assert.Equal(expected, isPlaybook);
    }

    [Theory]
    [InlineData("Recommended Reads", true)]
    [InlineData("v1.2 notes", true)]
    [InlineData("trailing.", true)]
    [InlineData("image.png", false)]
    [InlineData("archive.tar", false)]
    public void IsExtensionless_Name_OnlyShortAlphanumericTailsAreExtensions(
        string name, bool expected)
    {
        var extensionless = SlugRules.IsExtensionless(name);

        Assert.Equal(expected, extensionless);
    }
}
