using PlaybookPortal.Markdown.Headings;

namespace PlaybookPortal.Markdown.Tests.Headings;

public class HeadingAnchorAssignerTests
{
    [Fact]
    public void Assign_DuplicateBeforeNaturalSuffix_SkipsTakenSuffix()
    {
        var anchors = HeadingAnchorAssigner.Assign(["Schritt", "Schritt", "Schritt 1"]);

        Assert.Equal(["schritt", "schritt-2", "schritt-1"], anchors);
    }

    [Fact]
    public void Assign_ManyEmptyHeadings_NumbersSectionsFromTwo()
    {
        var anchors = HeadingAnchorAssigner.Assign(["🎉", "", "Section", "!!!"]);

        Assert.Equal(["section-2", "section-3", "section", "section-4"], anchors);
    }

    [Fact]
    public void Assign_SameTextsInAnyRun_GivesSameAnchors()
    {
        string[] texts = ["A", "a", "A 2", "A", "a-2"];

        var first = HeadingAnchorAssigner.Assign(texts);
        var second = HeadingAnchorAssigner.Assign(texts);

        Assert.Equal(first, second);
        Assert.Equal(texts.Length, first.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("Übersicht", "übersicht")]
    [InlineData("Вопросы клиентов", "вопросы-клиентов")]
    [InlineData("Planning & Assembly", "planning--assembly")]
    [InlineData("What's new? (2024)", "whats-new-2024")]
    [InlineData("snake_case and kebab-case", "snake_case-and-kebab-case")]
    [InlineData("日本語の見出し", "日本語の見出し")]
    [InlineData("🎉 Launch 🚀", "-launch-")]
    public void Slug_HeadingText_KeepsLettersDigitsAndDashes(string text, string expected)
    {
        var slug = HeadingAnchorSlugger.Slug(text);

        Assert.Equal(expected, slug);
    }
}
