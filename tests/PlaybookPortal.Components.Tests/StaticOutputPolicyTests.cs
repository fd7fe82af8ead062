using Bunit;

namespace PlaybookPortal.Components.Tests;

/// <summary>
/// The site's Content-Security-Policy blocks inline styles and scripts, so no component may
/// emit either; a style attribute would be silently dropped by the browser, not flagged.
/// </summary>
public class StaticOutputPolicyTests : BunitContext
{
    [Fact]
    public void AllComponents_TypicalInput_EmitNoInlineStyleOrScript()
    {
        var card = new PlaybookCardModel(
            "Cold calling", "/playbooks/cold-calling", "Open and qualify.", "Prospecting",
            ["calls"], "Draft", DueForReview: true);

        IRenderedComponent<Microsoft.AspNetCore.Components.IComponent>[] rendered =
        [
            Render<Breadcrumbs>(p => p.Add(c => c.Items, [new("Home", "/"), new("Here", null)])),
            Render<TableOfContents>(p => p
                .Add(c => c.Entries, [new(2, "A", "a"), new(4, "B", "b")])
                .Add(c => c.MaxLevel, 4)),
            Render<ReviewBadge>(p => p
                .Add(c => c.DueForReview, true)
                .Add(c => c.ReviewEveryDays, 90)),
            Render<StatusBadge>(p => p.Add(c => c.Status, "Archived")),
            Render<TagList>(p => p.Add(c => c.Tags, ["calls", "outbound"])),
            Render<PlaybookCard>(p => p.Add(c => c.Playbook, card)),
            Render<PlaybookList>(p => p.Add(c => c.Items, [card])),
            Render<PlaybookList>(p => p.Add(c => c.Items, [])),
            Render<CategoryGrid>(p => p.Add(c => c.Categories, [new("Demo", "/c/demo", 1)])),
            Render<PlaybookMeta>(p => p
                .Add(c => c.Category, "Prospecting")
                .Add(c => c.CategoryUrl, "/c/prospecting")
                .Add(c => c.LastChanged, new DateTime(2026, 3, 4, 14, 5, 0))
                .Add(c => c.LastChangedBy, "import")
                .Add(c => c.Language, "de")),
        ];

        Assert.All(rendered, cut =>
        {
            Assert.NotEmpty(cut.Markup.Trim());
            Assert.Empty(cut.FindAll("[style], script, style"));
            Assert.DoesNotContain("style=", cut.Markup, StringComparison.OrdinalIgnoreCase);
        });
    }
}
