using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>
/// Server-side checks of <see cref="EditorInput"/>, each failure added to the model state
/// beside its field, and the mapping between the form and <see cref="PlaybookFormFields"/>.
/// </summary>
internal static class EditorInputChecks
{
    public const string Prefix = "Input.";

    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Checks every field; <paramref name="publishing"/> also requires a change kind.</summary>
    public static void Validate(
        EditorInput input, IReadOnlySet<string> positionIds, bool publishing, ModelStateDictionary modelState)
    {
        var unknown = AudienceParser.Parse(SplitList(input.Audience), positionIds).UnknownValues;
        if (unknown.Count > 0)
        {
            modelState.AddModelError(Prefix + nameof(input.Audience),
                $"{string.Join(", ", unknown.Select(u => $"'{u}'"))} names no permission role or position. " +
                "Use rep, manager, editor, admin or a position id such as " +
                $"{string.Join(", ", positionIds.Order(StringComparer.Ordinal).Take(3))}.");
        }

        if (!string.IsNullOrWhiteSpace(input.LastReviewed) && ParseDate(input.LastReviewed) is null)
        {
            modelState.AddModelError(Prefix + nameof(input.LastReviewed),
                $"'{input.LastReviewed.Trim()}' is not a real date; write it as YYYY-MM-DD, e.g. 2026-03-31.");
        }

        if (!string.IsNullOrWhiteSpace(input.ReviewEvery) && !ReviewInterval.TryParse(input.ReviewEvery, out _))
        {
            modelState.AddModelError(Prefix + nameof(input.ReviewEvery),
                $"'{input.ReviewEvery.Trim()}' is not an interval; write 90d, 6w, 3 months or 1y.");
        }

        if (!string.IsNullOrWhiteSpace(input.RedirectTo) && !IsRedirectTarget(input.RedirectTo.Trim()))
        {
            modelState.AddModelError(Prefix + nameof(input.RedirectTo),
                "Redirect to a playbook address (sales/discovery-calls) or a web address starting with https://.");
        }

        ValidateChoices(input, modelState);
        ValidateSubmission(input, publishing, modelState);
    }

    private static void ValidateChoices(EditorInput input, ModelStateDictionary modelState)
    {
        if (!string.IsNullOrWhiteSpace(input.Status) && ParseStatus(input.Status) is null)
        {
            modelState.AddModelError(Prefix + nameof(input.Status), "Choose published, draft or archived.");
        }

        if (!string.IsNullOrWhiteSpace(input.Language)
            && input.Language.Trim().Split('-', '_')[0].ToLowerInvariant() is not ("en" or "de"))
        {
            modelState.AddModelError(Prefix + nameof(input.Language), "Choose English (en) or German (de).");
        }

        if (input.RequiresAck is not (null or "" or "true" or "false"))
        {
            modelState.AddModelError(Prefix + nameof(input.RequiresAck), "Choose yes, no or the default.");
        }
    }

    private static void ValidateSubmission(EditorInput input, bool publishing, ModelStateDictionary modelState)
    {
        var bytes = Encoding.UTF8.GetByteCount(input.Body ?? "");
        if (bytes > ContentLimits.MaxBytes)
        {
            modelState.AddModelError(Prefix + nameof(input.Body), EditorLimits.TooLarge(bytes));
        }

        if (string.IsNullOrWhiteSpace(input.Message))
        {
            modelState.AddModelError(Prefix + nameof(input.Message),
                "Say in a few words what changed and why; the history shows it to everyone.");
        }

        if (publishing && input.Change is not ("material" or "minor"))
        {
            modelState.AddModelError(Prefix + nameof(input.Change),
                "Choose whether this is a material change (readers are asked again) or a minor one.");
        }
    }

    /// <summary>The form's values as the front matter editor takes them; call after <see cref="Validate"/>.</summary>
    public static PlaybookFormFields ToFields(EditorInput input) => new()
    {
        Title = input.Title,
        Summary = input.Summary,
        Category = input.Category,
        Tags = SplitList(input.Tags),
        Audience = SplitList(input.Audience),
        Owner = input.Owner,
        Status = ParseStatus(input.Status) ?? PlaybookStatus.Published,
        Language = input.Language,
        ReviewEvery = input.ReviewEvery,
        LastReviewed = ParseDate(input.LastReviewed),
        RequiresAck = input.RequiresAck switch { "true" => true, "false" => false, _ => null },
        Skills = SplitList(input.Skills),
        NoIndex = input.NoIndex,
        RedirectTo = input.RedirectTo,
    };

    /// <summary>Fills the form from a revision's source; message and change are left to the caller.</summary>
    public static EditorInput FromSource(string sourceText, long baseRevisionId)
    {
        var (fields, body) = PlaybookFormFields.FromSource(sourceText);
        return new EditorInput
        {
            Title = fields.Title,
            Summary = fields.Summary,
            Category = fields.Category,
            Tags = string.Join(", ", fields.Tags),
            Audience = string.Join(", ", fields.Audience),
            Owner = fields.Owner,
            Status = fields.Status.ToString().ToLowerInvariant(),
            Language = fields.Language,
            ReviewEvery = fields.ReviewEvery,
            LastReviewed = fields.LastReviewed?.ToString(DateFormat, CultureInfo.InvariantCulture),
            RequiresAck = fields.RequiresAck switch { true => "true", false => "false", null => "" },
            Skills = string.Join(", ", fields.Skills),
            NoIndex = fields.NoIndex,
            RedirectTo = fields.RedirectTo,
            Body = body,
            BaseRevisionId = baseRevisionId,
        };
    }

    public static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? "").Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static PlaybookStatus? ParseStatus(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "published" => PlaybookStatus.Published,
        "draft" => PlaybookStatus.Draft,
        "archived" => PlaybookStatus.Archived,
        _ => null,
    };

    // A playbook address or relative file path (what import accepts), or an absolute web address;
    // never another scheme, so a stub cannot send readers to javascript: or data: URLs.
    private static bool IsRedirectTarget(string target)
    {
        if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return true;
        }

        var beforePath = target.Split('/', '#')[0];
        return !beforePath.Contains(':', StringComparison.Ordinal)
            && !target.StartsWith("//", StringComparison.Ordinal)
            && !target.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\\' or '?' or '%');
    }
}
