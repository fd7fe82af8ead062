namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>What the shared editor fields partial needs from the create and edit pages.</summary>
/// <param name="Input">The values to show: stored ones, or exactly what was typed after a refusal.</param>
/// <param name="PreviewUrl">Where editor.js posts the text for the live preview.</param>
/// <param name="PreviewHtml">Sanitized preview, rendered on the server when asked without script.</param>
/// <param name="DetailsOpen">Whether the front matter fields start unfolded: always for a new playbook, after a refusal, or when asked.</param>
public sealed record EditorFormView(EditorInput Input, string PreviewUrl, string? PreviewHtml, bool DetailsOpen)
{
    public string Size => EditorLimits.Size(Input.Body ?? "");

    public static IReadOnlyList<(string Value, string Text)> Statuses { get; } =
    [
        ("published", "Published — readers in the audience see it"),
        ("draft", "Draft — editors and admins only"),
        ("archived", "Archived — hidden from readers"),
    ];

    public static IReadOnlyList<(string Value, string Text)> Languages { get; } =
        [("", "Default (English)"), ("en", "English"), ("de", "German")];

    public static IReadOnlyList<(string Value, string Text)> AckChoices { get; } =
    [
        ("", "Default (yes on onboarding paths, otherwise no)"),
        ("true", "Yes — readers confirm material changes"),
        ("false", "No"),
    ];

    /// <summary>A stored language such as de-AT stays selectable, so saving does not rewrite it.</summary>
    public IReadOnlyList<(string Value, string Text)> LanguageChoices =>
        string.IsNullOrWhiteSpace(Input.Language) || Languages.Any(l => l.Value == Input.Language)
            ? Languages
            : [.. Languages, (Input.Language, Input.Language)];
}
