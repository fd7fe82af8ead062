using System.Globalization;

namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>A pending revision as the playbook page and the pending page announce it.</summary>
public sealed record PendingNotice(
    string Slug, long? CurrentRevisionId, int? CurrentNumber, long PendingRevisionId, int PendingNumber,
    string AuthorName, DateTime SavedLocal)
{
    public string SavedAt => SavedLocal.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    public string? CompareUrl => CurrentRevisionId is { } current
        ? EditorUrls.Compare(Slug, current, PendingRevisionId)
        : null;
}
