using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PlaybookPortal.Web.Tests.Editing;

/// <summary>
/// Reads the editor form's fields as a browser would submit them, so a test changes only the
/// fields it names and posts everything else exactly as the page showed it.
/// </summary>
internal static class EditorForm
{
    public static Dictionary<string, string> Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var form = document.QuerySelector("form.editor-form") as IHtmlFormElement
            ?? throw new InvalidOperationException("No editor form on the page.");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields[input.Name!] = input.Value;
                    }

                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Name != "__RequestVerificationToken":
                    fields[input.Name] = input.Value;
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !area.IsReadOnly:
                    fields[area.Name] = area.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name] = select.Value ?? "";
                    break;
            }
        }

        return fields;
    }

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, params (string Name, string Value)[] changes)
    {
        var changed = new Dictionary<string, string>(fields, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            changed[name] = value;
        }

        return changed;
    }
}
