using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using PlaybookPortal.Search.Analysis;
using PlaybookPortal.Search.Indexing;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// Row 2's Lucene baseline: the same extracted section text written with the same analyzers and
/// writer settings into a fresh folder, one document per section with only the analysed text
/// fields and the id — what indexing costs without the portal's metadata, facets and bookkeeping.
/// </summary>
public static class RawLuceneIndexer
{
    public static void Index(IReadOnlyList<IndexedPlaybook> playbooks, string folder)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(folder));
        using var analyzer = SearchAnalyzers.Create();
        var config = new IndexWriterConfig(SearchAnalyzers.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var playbook in playbooks)
        {
            var language = SearchLanguages.Normalize(playbook.Language);
            writer.AddDocuments(playbook.Sections.Select(section => SectionDocument(playbook, section, language)));
        }

        writer.Commit();
    }

    private static Document SectionDocument(IndexedPlaybook playbook, IndexedSection section, string language)
    {
        var headings = string.Join(' ', section.HeadingPath);
        return new Document
        {
            new StringField(SearchFields.PlaybookId, playbook.Id, Field.Store.YES),
            new TextField(SearchFields.Stemmed("title", language), playbook.Title, Field.Store.NO),
            new TextField(SearchFields.TitleExact, playbook.Title, Field.Store.NO),
            new TextField(SearchFields.Stemmed("head", language), headings, Field.Store.NO),
            new TextField(SearchFields.HeadingsExact, headings, Field.Store.NO),
            new TextField(SearchFields.Stemmed("body", language), section.Text, Field.Store.NO),
            new TextField(SearchFields.BodyExact, section.Text, Field.Store.NO),
        };
    }
}
