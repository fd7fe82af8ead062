namespace PlaybookPortal.Web.Tests.Exporting;

/// <summary>
/// A handbook without a <c>playbooks/</c> folder holding the files an export most easily gets
/// wrong: no front matter, a byte-order mark, CRLF, comments in front matter, a template page,
/// nested index and README pages, a page that names its id already, no final newline.
/// </summary>
internal static class ExportHandbook
{
    public const string GivenId = "given-id-for-export";

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["plain.md"] = "# Plain page\n\nNo front matter at all.\n",
        ["bom-crlf.md"] = "\uFEFF---\r\ntitle: BOM and CRLF\r\n---\r\nBody line.\r\n",
        ["crlf-plain.md"] = "# CRLF without front matter\r\n\r\nText.\r\n",
        ["commented.md"] =
            "---\n# editors: keep the title short\ntitle: Commented   # trailing\nlayout: handbook\n---\nBody.\n",
        ["sales/index.html.md.erb"] = "---\ntitle: Sales\n---\n<%= partial(\"includes/sales\") %>\n\nSales home.\n",
        ["team/README.md"] = "# Team\n\nNested readme.\n",
        ["team/onboarding/index.md"] = "---\ntitle: Team onboarding\n---\nNested index.\n",
        ["has-id.md"] = $"---\nid: {GivenId}\ntitle: Already has an id\n---\nKept as it is.\n",
        ["no-final-newline.md"] = "---\ntitle: No final newline\n---\nEnds here",
    };

    public static void WriteTo(string root)
    {
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);

            // Exactly the text's bytes: File.WriteAllText would add no BOM either, but say so.
            File.WriteAllBytes(full, System.Text.Encoding.UTF8.GetBytes(text));
        }
    }
}
