using System.Globalization;
using Bunit;

namespace PlaybookPortal.Components.Tests;

public class PlaybookMetaTests : BunitContext
{
    private static readonly DateTime Changed = new(2026, 3, 4, 14, 5, 59);

    [Fact]
    public void PlaybookMeta_TypicalPlaybook_RendersDescriptionList()
    {
        var cut = Render<PlaybookMeta>(p => p
            .Add(c => c.Category, "Prospecting")
            .Add(c => c.CategoryUrl, "/categories/prospecting")
            .Add(c => c.Owner, "Dana Weber")
            .Add(c => c.LastChanged, Changed)
            .Add(c => c.LastChangedBy, "import")
            .Add(c => c.Language, "en"));

        cut.MarkupMatches(
            """
            <dl class="playbook-meta">
              <div>
                <dt>Category</dt>
                <dd><a href="/categories/prospecting">Prospecting</a></dd>
              </div>
              <div><dt>Owner</dt><dd>Dana Weber</dd></div>
              <div>
                <dt>Last change</dt>
                <dd><time datetime="2026-03-04T14:05">2026-03-04 14:05</time> by import</dd>
              </div>
              <div><dt>Language</dt><dd lang="en">English</dd></div>
            </dl>
            """);
    }

    [Fact]
    public void PlaybookMeta_NoOwner_SaysUnowned()
    {
        var cut = RenderMeta(owner: null);

        Assert.Equal("Unowned", cut.FindAll("dd")[1].TextContent);
    }

    [Fact]
    public void PlaybookMeta_NoCategory_LeavesCategoryOut()
    {
        var cut = RenderMeta(category: null);

        Assert.DoesNotContain(cut.FindAll("dt"), dt => dt.TextContent == "Category");
    }

    [Fact]
    public void PlaybookMeta_CategoryWithoutUrl_ShowsPlainText()
    {
        var cut = RenderMeta(category: "Renewals", categoryUrl: null);

        Assert.Empty(cut.FindAll("a"));
        Assert.Equal("Renewals", cut.Find("dd").TextContent.Trim());
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("en-US")]
    public void PlaybookMeta_LastChanged_IsFormattedInvariantlyWhateverTheCulture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var cut = RenderMeta();

            var time = cut.Find("time");
            Assert.Equal("2026-03-04 14:05", time.TextContent);
            Assert.Equal("2026-03-04T14:05", time.GetAttribute("datetime"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("en", "English", "en")]
    [InlineData("de", "Deutsch", "de")]
    [InlineData("de-CH", "Deutsch", "de")]
    [InlineData("DE", "Deutsch", "de")]
    [InlineData("fr", "fr", null)]
    public void PlaybookMeta_Language_IsNamedInItself(string language, string name, string? lang)
    {
        var cut = RenderMeta(language: language);

        var dd = cut.FindAll("dd")[^1];
        Assert.Equal(name, dd.TextContent);
        Assert.Equal(lang, dd.GetAttribute("lang"));
    }

    [Fact]
    public void PlaybookMeta_HtmlInValues_IsEncodedAsText()
    {
        const string attack = "<img src=x onerror=alert(1)>";

        var cut = RenderMeta(category: attack, owner: attack, changedBy: attack);

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(attack, cut.Find("a").TextContent);
        Assert.Contains("by " + attack, cut.FindAll("dd")[2].TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<PlaybookMeta> RenderMeta(
        string? category = "Prospecting",
        string? categoryUrl = "/categories/prospecting",
        string? owner = "Dana Weber",
        string changedBy = "import",
        string language = "de") =>
        Render<PlaybookMeta>(p => p
            .Add(c => c.Category, category)
            .Add(c => c.CategoryUrl, categoryUrl)
            .Add(c => c.Owner, owner)
            .Add(c => c.LastChanged, Changed)
            .Add(c => c.LastChangedBy, changedBy)
            .Add(c => c.Language, language));
}
