using System.Globalization;

namespace PlaybookPortal.Web.Reading;

/// <summary>
/// Display names for categories. Folder-derived names such as "customer-success" read as
/// "Customer success"; names someone wrote in front matter ("Project Execution") stay as written.
/// </summary>
public static class CategoryNames
{
    public static string Display(string category)
    {
        if (category.Length == 0 || category.Any(char.IsUpper) || category.Contains(' ', StringComparison.Ordinal))
        {
            return category;
        }

        var words = category.Replace('-', ' ').Replace('_', ' ');
        return char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
