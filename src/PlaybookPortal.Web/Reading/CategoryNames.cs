using System.Globalization;

namespace PlaybookPortal.Web.Reading;

/// <summary>
/// Display names for categories. Folder-derived names such as "customer-success" read as
/// "Customer success"; names someone wrote in front matter ("Project Execution") stay as written.
/// </summary>
public static class CategoryNames
{
    /// <summary>Sales abbreviations a folder name spells in lower case.</summary>
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.Ordinal)
    {
        ["kpis"] = "KPIs", ["kpi"] = "KPI", ["crm"] = "CRM", ["sdr"] = "SDR", ["sdrs"] = "SDRs",
        ["bdr"] = "BDR", ["qbr"] = "QBR", ["qbrs"] = "QBRs", ["gtm"] = "GTM", ["csm"] = "CSM",
        ["okrs"] = "OKRs", ["ps"] = "PS", ["ce"] = "CE", ["ta"] = "TA", ["smb"] = "SMB",
    };

    public static string Display(string category)
    {
        if (category.Length == 0 || category.Any(char.IsUpper) || category.Contains(' ', StringComparison.Ordinal))
        {
            return category;
        }

        var words = category.Replace('-', ' ').Replace('_', ' ').Split(' ')
            .Select(static word => Acronyms.TryGetValue(word, out var written) ? written : word)
            .ToArray();
        var text = string.Join(' ', words);
        return char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }
}
