namespace PlaybookPortal.Core.Content;

/// <summary>
/// The front matter keys the browser editor shows as form fields. Null text, an empty list,
/// a null <see cref="RequiresAck"/> and a false <see cref="NoIndex"/> mean "the key is absent".
/// </summary>
/// <remarks>
/// Values are compared with what <see cref="FromSource"/> read after the same normalising
/// the parser applies (text trimmed, blank text null, list items split at commas, trimmed and
/// de-duplicated), so a value the editor did not touch leaves its key's text alone.
/// Immutable; thread-safe.
/// </remarks>
public sealed record PlaybookFormFields
{
    /// <summary><c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary><c>summary</c>, or the <c>description</c> it stands in for; may span lines.</summary>
    public string? Summary { get; init; }

    /// <summary><c>category</c>.</summary>
    public string? Category { get; init; }

    /// <summary><c>tags</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary><c>audience</c>: roles and position ids; empty means every signed-in user.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary><c>owner</c>.</summary>
    public string? Owner { get; init; }

    /// <summary><c>status</c>; <see cref="PlaybookStatus.Published"/> when absent.</summary>
    public PlaybookStatus Status { get; init; } = PlaybookStatus.Published;

    /// <summary><c>language</c> as written (e.g. <c>de-AT</c>); null when absent.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// <c>review_every</c> as typed, e.g. <c>90d</c> or <c>6 months</c>; a new value must be
    /// one <see cref="ReviewInterval.TryParse"/> accepts.
    /// </summary>
    public string? ReviewEvery { get; init; }

    /// <summary><c>last_reviewed</c>.</summary>
    public DateOnly? LastReviewed { get; init; }

    /// <summary><c>requires_ack</c>; null when absent, so the importer's default applies.</summary>
    public bool? RequiresAck { get; init; }

    /// <summary><c>skills</c>: ids of the skills the playbook teaches.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary><c>noindex</c>; false leaves the key out.</summary>
    public bool NoIndex { get; init; }

    /// <summary><c>redirect_to</c>.</summary>
    public string? RedirectTo { get; init; }

    /// <summary>
    /// Reads the form's values and the Markdown body from a playbook's source. Never throws
    /// for any text: malformed front matter yields the defaults, as for the importer, and
    /// <see cref="FrontMatterEditor.Apply"/> then reports the problem.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="sourceText"/> is null.</exception>
    public static (PlaybookFormFields Fields, string Body) FromSource(string sourceText)
    {
        var document = FrontMatterParser.Parse(sourceText);
        var read = document.Fields;
        var fields = new PlaybookFormFields
        {
            Title = read.Title,
            Summary = read.Summary,
            Category = read.Category,
            Tags = read.Tags,
            Audience = read.Audience,
            Owner = read.Owner,
            Status = read.Status,
            // The parser narrows language to en or de and review_every to days; the form shows
            // what the author wrote, so that saving does not rewrite "de-AT" or "3 months".
            Language = Raw(document, "language"),
            ReviewEvery = Raw(document, "review_every"),
            LastReviewed = read.LastReviewed,
            RequiresAck = read.RequiresAck,
            Skills = read.Skills,
            NoIndex = read.NoIndex,
            RedirectTo = read.RedirectTo,
        };
        return (fields, document.Body);
    }

    /// <summary>The values as the parser would read them back once written.</summary>
    internal PlaybookFormFields Normalise() => this with
    {
        Title = Text(Title),
        Summary = Text(Summary),
        Category = Text(Category),
        Tags = List(Tags),
        Audience = List(Audience),
        Owner = Text(Owner),
        Language = Text(Language),
        ReviewEvery = Text(ReviewEvery),
        Skills = List(Skills),
        RedirectTo = Text(RedirectTo),
    };

    private static string? Raw(FrontMatterDocument document, string key) =>
        document.RawKeys.TryGetValue(key, out var value) ? Text(value) : null;

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> List(IReadOnlyList<string> items) => items
        .SelectMany(i => (i ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();
}
