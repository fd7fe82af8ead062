using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Search.Analysis;

namespace PlaybookPortal.Search.Indexing;

/// <summary>
/// Turns a playbook into its section documents: one per section, each carrying the playbook's
/// metadata so a section alone can be filtered, grouped, faceted and shown. The title and tags
/// are on every section, so a title match counts for whichever section matches best otherwise.
/// </summary>
public static partial class SearchDocumentFactory
{
    /// <summary>The documents of <paramref name="playbook"/>, lead first; at least one.</summary>
    public static IReadOnlyList<Document> Create(IndexedPlaybook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        var language = SearchLanguages.Normalize(playbook.Language);
        var sections = playbook.Sections.Count > 0 ? playbook.Sections : [new IndexedSection("", [], "")];
        var audience = AudienceTerms.ForAudience(Audience.FromStorage(playbook.Audience)).ToList();

        var documents = new List<Document>(sections.Count);
        for (var order = 0; order < sections.Count; order++)
        {
            var section = sections[order];
            var text = WithoutPlaceholders(section.Text);

            // The summary belongs to the lead: it is what a list shows of the whole playbook.
            var body = order == 0 && playbook.Summary is { Length: > 0 } summary ? summary + "\n" + text : text;
            var headings = string.Join(' ', section.HeadingPath);

            var document = new Document
            {
                new StringField(SearchFields.PlaybookId, playbook.Id, Field.Store.YES),
                new SortedDocValuesField(SearchFields.PlaybookId, new BytesRef(playbook.Id)),
                new StoredField(SearchFields.Slug, playbook.Slug),
                new StoredField(SearchFields.Title, playbook.Title),
                new StoredField(SearchFields.Anchor, section.Anchor),
                new StoredField(SearchFields.HeadingPath, string.Join(SearchFields.PathSeparator, section.HeadingPath)),
                new StoredField(SearchFields.SectionText, text),
                new StoredField(SearchFields.SectionOrder, order),
                new StoredField(SearchFields.UpdatedTicks, playbook.UpdatedUtc.Ticks),
                new StringField(SearchFields.Category, playbook.Category, Field.Store.YES),
                new SortedDocValuesField(SearchFields.Category, new BytesRef(playbook.Category)),
                new StringField(SearchFields.CategoryKey, Key(playbook.Category), Field.Store.NO),
                new StringField(SearchFields.Language, language, Field.Store.YES),
                new SortedDocValuesField(SearchFields.Language, new BytesRef(language)),
                new StringField(SearchFields.Status, AudienceTerms.Status(playbook.Status), Field.Store.YES),
                new TextField(SearchFields.Stemmed("title", language), playbook.Title, Field.Store.NO),
                new TextField(SearchFields.TitleExact, playbook.Title, Field.Store.NO),
                new TextField(SearchFields.Stemmed("head", language), headings, Field.Store.NO),
                new TextField(SearchFields.HeadingsExact, headings, Field.Store.NO),
                new TextField(SearchFields.Stemmed("body", language), body, Field.Store.NO),
                new TextField(SearchFields.BodyExact, body, Field.Store.NO),
                new TextField(SearchFields.TagsExact, string.Join(' ', playbook.Tags), Field.Store.NO),
            };

            foreach (var tag in playbook.Tags.Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(SearchFields.Tag, tag, Field.Store.YES));
                document.Add(new SortedSetDocValuesField(SearchFields.Tag, new BytesRef(tag)));
                document.Add(new StringField(SearchFields.TagKey, Key(tag), Field.Store.NO));
            }

            foreach (var term in audience)
            {
                document.Add(new StringField(SearchFields.Audience, term, Field.Store.NO));
            }

            documents.Add(document);
        }

        return documents;
    }

    /// <summary>How filters compare categories and tags: case does not matter.</summary>
    internal static string Key(string value) => value.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormC);

    internal static string Ticks(DateTime utc) => utc.Ticks.ToString(CultureInfo.InvariantCulture);

    /// <summary>Mail-merge tokens such as {{company}} are placeholders, not words to find.</summary>
    private static string WithoutPlaceholders(string text) => Placeholder().Replace(text, " ");

    [GeneratedRegex(@"\{\{[^{}\n]{0,200}\}\}")]
    private static partial Regex Placeholder();
}
