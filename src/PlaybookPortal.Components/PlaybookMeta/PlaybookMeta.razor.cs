using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// The facts under a playbook's title: category, owner, last change and language, as a
/// description list. <see cref="LastChanged"/> must already be in the reader's local time.
/// </summary>
public partial class PlaybookMeta
{
    [Parameter]
    public string? Category { get; set; }

    [Parameter]
    public string? CategoryUrl { get; set; }

    /// <summary>The owner's display name; null or blank shows "Unowned".</summary>
    [Parameter]
    public string? Owner { get; set; }

    [Parameter, EditorRequired]
    public DateTime LastChanged { get; set; }

    /// <summary>Who made the last change: a display name, or "import" for the importer.</summary>
    [Parameter, EditorRequired]
    public string LastChangedBy { get; set; } = "";

    /// <summary>A language tag such as "en" or "de"; other values are shown as given.</summary>
    [Parameter, EditorRequired]
    public string Language { get; set; } = "";

    // Invariant and fixed: the same string in every browser, and sortable when copied.
    private string ReadableTime =>
        LastChanged.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    // A "local date and time" string: LastChanged carries no offset, so none is invented here.
    private string MachineTime =>
        LastChanged.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private string? ChangedBy =>
        string.IsNullOrWhiteSpace(LastChangedBy) ? null : " by " + LastChangedBy.Trim();

    private string PrimaryTag => Language.Split('-')[0].Trim();

    // Each language is named in itself ("Deutsch", not "German"), as language pickers do;
    // the lang attribute then lets screen readers pronounce the name right.
    private string? LanguageTag => PrimaryTag.ToUpperInvariant() switch
    {
        "EN" => "en",
        "DE" => "de",
        _ => null,
    };

    private string? LanguageName => LanguageTag switch
    {
        "en" => "English",
        "de" => "Deutsch",
        _ when string.IsNullOrWhiteSpace(Language) => null,
        _ => Language.Trim(),
    };
}
