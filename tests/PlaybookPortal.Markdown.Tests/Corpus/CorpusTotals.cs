using System.Globalization;

namespace PlaybookPortal.Markdown.Tests.Corpus;

/// <summary>Counts printed by the corpus test, to see at a glance what the corpus exercised.</summary>
public sealed class CorpusTotals
{
    public int Pages { get; private set; }

    public int Embeds { get; private set; }

    public int Callouts { get; private set; }

    public int Links { get; private set; }

    public int Headings { get; private set; }

    public int MissingImages { get; private set; }

    public void Add(RenderedPlaybook rendered)
    {
        Pages++;
        Embeds += Count(rendered.Html, "class=\"embed-link\"");
        Callouts += Count(rendered.Html, "class=\"callout ");
        MissingImages += Count(rendered.Html, "class=\"image-missing\"");
        Links += rendered.Links.Count;
        Headings += rendered.Headings.Count;
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Pages: {Pages}, iframes converted: {Embeds}, callouts: {Callouts}, link placeholders: {Links}, "
        + $"headings: {Headings}, missing images: {MissingImages}");

    private static int Count(string text, string value)
    {
        var count = 0;
        var at = text.IndexOf(value, StringComparison.Ordinal);
        while (at >= 0)
        {
            count++;
            at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal);
        }

        return count;
    }
}
