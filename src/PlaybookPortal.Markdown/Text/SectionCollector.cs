using System.Text;

namespace PlaybookPortal.Markdown.Text;

/// <summary>
/// Cuts the extracted text at anchored headings while <see cref="PlainTextExtractor"/> walks the
/// page. Keeps the heading path as a stack: a heading closes every open heading at its level or
/// deeper, so "Pricing › Discounts" follows the outline a reader sees.
/// </summary>
internal sealed class SectionCollector
{
    private readonly List<TextSection> _sections = [];
    private readonly List<(int Level, string Text)> _path = [];
    private StringBuilder _text = new();
    private string _anchor = "";

    public StringBuilder Current => _text;

    public void StartSection(int level, string anchor, string headingText)
    {
        Flush();
        while (_path.Count > 0 && _path[^1].Level >= level)
        {
            _path.RemoveAt(_path.Count - 1);
        }

        _path.Add((level, headingText));
        _anchor = anchor;
    }

    public IReadOnlyList<TextSection> Finish()
    {
        Flush();
        return _sections;
    }

    private void Flush()
    {
        var text = PlainTextCleaner.Clean(_text.ToString());
        var isLead = _anchor.Length == 0;

        // An empty lead is no section; an empty heading still is one, since its title can match.
        if (!isLead || text.Length > 0)
        {
            _sections.Add(new TextSection(_anchor, _path.Select(static p => p.Text).ToArray(), text));
        }

        _text = new StringBuilder();
    }
}
