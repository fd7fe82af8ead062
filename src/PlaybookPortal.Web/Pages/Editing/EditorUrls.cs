namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>The editing pages' URLs and the history links they offer, built in one place.</summary>
public static class EditorUrls
{
    public const string New = "/edit/new";

    public static string Edit(string slug) => "/edit/" + Path(slug);

    public static string Move(string slug) => "/edit/move/" + Path(slug);

    public static string Archive(string slug) => "/edit/archive/" + Path(slug);

    public static string Pending(string slug) => "/edit/pending/" + Path(slug);

    public static string NewIn(string folder) => New + "?in=" + Uri.EscapeDataString(folder);

    public static string History(string slug) => "/history/" + Path(slug);

    public static string Acknowledgements(string slug) => "/acknowledgements/" + Path(slug);

    public static string Compare(string slug, long from, long to) =>
        FormattableString.Invariant($"{History(slug)}/compare?from={from}&to={to}");

    private static string Path(string slug) => string.Join('/', slug.Split('/').Select(Uri.EscapeDataString));
}
