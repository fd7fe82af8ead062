namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>
/// How much an editor form may post: room for a playbook at the content limit, URL-encoded
/// (up to three bytes per character), so the page itself can refuse an oversized text by name.
/// </summary>
internal static class EditorFormLimits
{
    public const int ValueLength = 16 * 1024 * 1024;

    public const long RequestSize = 24 * 1024 * 1024;
}
