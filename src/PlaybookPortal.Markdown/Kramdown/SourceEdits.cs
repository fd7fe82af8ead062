using System.Text;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Edits collected against one text and applied together, so every rewriter can work with the
/// original offsets. When two edits overlap, the one that starts first wins; edits at the same
/// offset apply in the order they were added.
/// </summary>
internal sealed class SourceEdits
{
    private readonly List<Edit> _edits = [];

    public void Replace(int start, int length, string text) =>
        _edits.Add(new Edit(start, length, text, _edits.Count));

    public void Delete(int start, int length) => Replace(start, length, string.Empty);

    public void Insert(int position, string text) => Replace(position, 0, text);

    public string ApplyTo(string text)
    {
        if (_edits.Count == 0)
        {
            return text;
        }

        _edits.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        var result = new StringBuilder(text.Length + 64);
        var copied = 0;
        foreach (var edit in _edits)
        {
            if (edit.Start < copied)
            {
                continue;
            }

            result.Append(text, copied, edit.Start - copied).Append(edit.Text);
            copied = edit.Start + edit.Length;
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }

    private readonly record struct Edit(int Start, int Length, string Text, int Order);
}
