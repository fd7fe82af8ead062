using System.Globalization;

namespace PlaybookPortal.Web.History;

/// <summary>
/// The URLs of a playbook's history, comparisons and acknowledgement status, built in one
/// place so links and the pages' routes cannot drift apart.
/// </summary>
public static class HistoryUrls
{
    public const string InlineView = "inline";
    public const string SideBySideView = "side";

    public static string History(string slug, int page = 1) =>
        "/history/" + EscapeSlug(slug) + (page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    public static string Compare(string slug, long from, long to, string view = InlineView) =>
        string.Create(CultureInfo.InvariantCulture,
            $"/history/{EscapeSlug(slug)}/compare?from={from}&to={to}&view={Uri.EscapeDataString(view)}");

    public static string Acknowledgements(string slug) => "/acknowledgements/" + EscapeSlug(slug);

    public static string AcknowledgementsCsv(string slug) => Acknowledgements(slug) + "?handler=Csv";

    public static string Acknowledge(string slug) => "/acknowledge/" + EscapeSlug(slug);

    // Each segment is escaped and the slashes kept, as PortalUrls does for playbook links.
    private static string EscapeSlug(string slug) => string.Join('/', slug.Split('/').Select(Uri.EscapeDataString));
}
