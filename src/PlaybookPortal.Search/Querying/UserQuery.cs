namespace PlaybookPortal.Search.Querying;

/// <summary>
/// What a reader's text asks for, read leniently: words (the last one also as a prefix unless
/// the text ends in a space), explicit <c>word*</c> prefixes, quoted phrases, exclusions and
/// <c>category:</c>/<c>tag:</c> filters.
/// </summary>
/// <param name="Words">Words in any order; any may match, more matches rank higher.</param>
/// <param name="Prefixes">Word beginnings (<c>forec</c>, <c>Außend*</c>).</param>
/// <param name="Phrases">Quoted phrases; each must occur.</param>
/// <param name="Excluded">Words or phrases after <c>-</c>; playbooks containing them are left out.</param>
/// <param name="Categories">Only these categories.</param>
/// <param name="Tags">Only playbooks with these tags.</param>
/// <param name="ReadAsPlainWords">True when some syntax was malformed and read as plain words instead.</param>
public sealed record UserQuery(
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Prefixes,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Excluded,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Tags,
    bool ReadAsPlainWords)
{
    /// <summary>True when nothing in it can match a word (filters alone do not search).</summary>
    public bool IsEmpty => Words.Count == 0 && Prefixes.Count == 0 && Phrases.Count == 0;
}
