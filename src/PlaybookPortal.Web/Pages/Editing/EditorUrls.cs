using PlaybookPortal.Web.History;

namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>The editing pages' URLs, built in one place; history links come from <see cref="HistoryUrls"/>.</summary>
public static class EditorUrls
{
    public const string New = "/edit/new";

    public static string Edit(string slug) => "/edit/" + Path(slug);

    public static string Move(string slug) => "/edit/move/" + Path(slug);

    public static string Archive(string slug) => "/edit/archive/" + Path(slug);

    public static string Pending(string slug) => "/edit/pending/" + Path(slug);

    public static string NewIn(string folder) => New + "?in=" + Uri.EscapeDataString(folder);

    public static string History(string slug) => HistoryUrls.History(slug);

    public static string Acknowledgements(string slug) => HistoryUrls.Acknowledgements(slug);

    public static string Compare(string slug, long from, long to) => HistoryUrls.Compare(slug, from, to);

    private static string Path(string slug) => string.Join('/', slug.Split('/').Select(Uri.EscapeDataString));
}
