using System.Globalization;

namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>
/// Someone saved <paramref name="Latest"/> after the editor opened <paramref name="Base"/>; the
/// editor's own text stays in the form and the next save is based on <paramref name="Latest"/>.
/// </summary>
/// <param name="Base">The revision the refused edit started from; null when it was not this playbook's.</param>
/// <param name="Latest">The now-latest revision, published or pending.</param>
/// <param name="SavedLocal">When <paramref name="Latest"/> was saved, in the portal's time zone.</param>
public sealed record EditorConflict(EditedRevision? Base, EditedRevision Latest, DateTime SavedLocal)
{
    /// <summary>"14:05 on 4 Dec 2026": the time first, as that is what tells the editor it was just now.</summary>
    public string SavedAt => SavedLocal.ToString("HH:mm 'on' d MMM yyyy", CultureInfo.InvariantCulture);
}
