using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PlaybookPortal.Search.Indexing;

namespace PlaybookPortal.Search.Querying;

/// <summary>
/// The ids of playbooks with any matching section: an excluded word leaves out the whole
/// playbook, not only the section it is in.
/// </summary>
internal sealed class PlaybookIdCollector : ICollector
{
    private readonly BytesRef _scratch = new();
    private SortedDocValues? _playbookIds;

    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Scores play no part in exclusion.
    }

    public void SetNextReader(AtomicReaderContext context) =>
        _playbookIds = context.AtomicReader.GetSortedDocValues(SearchFields.PlaybookId);

    public void Collect(int doc)
    {
        var ord = _playbookIds!.GetOrd(doc);
        if (ord >= 0)
        {
            _playbookIds.LookupOrd(ord, _scratch);
            Ids.Add(_scratch.Utf8ToString());
        }
    }
}
