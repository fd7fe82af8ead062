namespace PlaybookPortal.Search.Indexing;

/// <summary>
/// The field names of a section document. Analysed text fields end in the analysis they get
/// (<c>_en</c>, <c>_de</c>, <c>_x</c> exact); keyword fields hold one normalised value each.
/// </summary>
internal static class SearchFields
{
    // Identity and grouping: every section of a playbook carries its playbook's id.
    public const string PlaybookId = "pid";
    public const string Slug = "slug";
    public const string Title = "title";
    public const string Anchor = "anchor";
    public const string HeadingPath = "path";
    public const string SectionText = "text";
    public const string SectionOrder = "order";
    public const string UpdatedTicks = "updated";

    // Keyword fields for filters and facets; the *Key fields are lower-cased for matching.
    public const string Category = "category";
    public const string CategoryKey = "category_key";
    public const string Tag = "tag";
    public const string TagKey = "tag_key";
    public const string Language = "lang";
    public const string Status = "status";
    public const string Audience = "aud";

    // Analysed text.
    public const string TitleEnglish = "title_en";
    public const string TitleGerman = "title_de";
    public const string TitleExact = "title_x";
    public const string HeadingsEnglish = "head_en";
    public const string HeadingsGerman = "head_de";
    public const string HeadingsExact = "head_x";
    public const string BodyEnglish = "body_en";
    public const string BodyGerman = "body_de";
    public const string BodyExact = "body_x";
    public const string TagsExact = "tags_x";

    /// <summary>Separates the headings of a stored heading path.</summary>
    public const char PathSeparator = '\u001F';

    public static string Stemmed(string kind, string language) => kind + "_" + language;
}
