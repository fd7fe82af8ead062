using System.Globalization;
using PlaybookPortal.Core.Yaml;

namespace PlaybookPortal.Core.Content;

/// <summary>
/// One form field's front matter key: its canonical name, the other names the parser accepts
/// for it, and how its value is written as YAML (null: the key is left out).
/// </summary>
/// <remarks>
/// The editor decides "changed" by comparing the written form of the old and the new value, so
/// two values that would be written alike count as one and keep the author's spelling.
/// </remarks>
internal sealed record FrontMatterFormKey(
    string Name,
    IReadOnlyList<string> Aliases,
    Func<PlaybookFormFields, string?> Write)
{
    /// <summary>Every form field, in the order new keys are appended.</summary>
    public static IReadOnlyList<FrontMatterFormKey> All { get; } =
    [
        Of("title", f => Text(f.Title)),
        new("summary", ["description"], f => Text(f.Summary)),
        Of("category", f => Text(f.Category)),
        Of("tags", f => List(f.Tags)),
        Of("audience", f => List(f.Audience)),
        Of("owner", f => Text(f.Owner)),
        Of("status", f => f.Status.ToString().ToLowerInvariant()),
        Of("language", f => Text(f.Language)),
        Of("review_every", f => Text(f.ReviewEvery)),
        Of("last_reviewed", f => f.LastReviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Of("requires_ack", f => f.RequiresAck switch { true => "true", false => "false", null => null }),
        Of("skills", f => List(f.Skills)),
        Of("noindex", f => f.NoIndex ? "true" : null),
        Of("redirect_to", f => Text(f.RedirectTo)),
    ];

    /// <summary>The canonical name followed by its aliases.</summary>
    public IEnumerable<string> Names => [Name, .. Aliases];

    private static FrontMatterFormKey Of(string name, Func<PlaybookFormFields, string?> write) =>
        new(name, [], write);

    private static string? Text(string? value) => value is null ? null : YamlScalarText.Write(value);

    private static string? List(IReadOnlyList<string> items) =>
        items.Count == 0 ? null : YamlScalarText.WriteFlowList(items);
}
