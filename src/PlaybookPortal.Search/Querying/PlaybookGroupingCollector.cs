using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PlaybookPortal.Search.Indexing;

namespace PlaybookPortal.Search.Querying;

/// <summary>
/// Collects matching sections into one group per playbook, keeping the best-scoring section
/// and the facet values of the playbook. Lucene.Net's grouping module is not available, and a
/// playbook's sections are always written as one block (one segment), so grouping by the
/// segment's ordinal of the playbook id and naming it once per segment is enough and cheap.
/// </summary>
internal sealed class PlaybookGroupingCollector(IReadOnlySet<string> excludedPlaybookIds) : ICollector
{
    private readonly Dictionary<string, PlaybookGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<int, SegmentGroup> _segmentGroups = [];
    private readonly BytesRef _scratch = new();
    private Scorer? _scorer;
    private AtomicReader? _segment;
    private int _docBase;
    private SortedDocValues? _playbookIds;

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Every matching playbook that is not excluded; call after the search.</summary>
    public IReadOnlyCollection<PlaybookGroup> Finish()
    {
        FinishSegment();
        return _groups.Values;
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FinishSegment();
        _segment = context.AtomicReader;
        _docBase = context.DocBase;
        _playbookIds = _segment.GetSortedDocValues(SearchFields.PlaybookId);
    }

    public void Collect(int doc)
    {
        var ord = _playbookIds!.GetOrd(doc);
        if (ord < 0)
        {
            return;
        }

        var score = _scorer!.GetScore();
        if (!_segmentGroups.TryGetValue(ord, out var group))
        {
            _segmentGroups[ord] = new SegmentGroup(doc, score, 1);
            return;
        }

        // Ties go to the earlier section: a page's introduction before a later repetition.
        var better = score > group.Score || (score == group.Score && doc < group.Doc);
        _segmentGroups[ord] = better
            ? new SegmentGroup(doc, score, group.Count + 1)
            : group with { Count = group.Count + 1 };
    }

    private void FinishSegment()
    {
        if (_segment is null || _segmentGroups.Count == 0)
        {
            _segmentGroups.Clear();
            return;
        }

        var categories = _segment.GetSortedDocValues(SearchFields.Category);
        var languages = _segment.GetSortedDocValues(SearchFields.Language);
        var tags = _segment.GetSortedSetDocValues(SearchFields.Tag);
        foreach (var (ord, found) in _segmentGroups)
        {
            _playbookIds!.LookupOrd(ord, _scratch);
            var id = _scratch.Utf8ToString();
            if (excludedPlaybookIds.Contains(id))
            {
                continue;
            }

            if (!_groups.TryGetValue(id, out var group))
            {
                group = new PlaybookGroup(id);
                _groups[id] = group;
            }

            group.MatchingSections += found.Count;
            if (found.Score > group.BestScore)
            {
                group.BestScore = found.Score;
                group.BestDocument = _docBase + found.Doc;
                group.Category = Lookup(categories, found.Doc);
                group.Language = Lookup(languages, found.Doc);
                group.Tags = LookupAll(tags, found.Doc);
            }
        }

        _segmentGroups.Clear();
    }

    private string Lookup(SortedDocValues? values, int doc)
    {
        if (values is null || values.GetOrd(doc) is var ord && ord < 0)
        {
            return "";
        }

        values.LookupOrd(ord, _scratch);
        return _scratch.Utf8ToString();
    }

    private List<string> LookupAll(SortedSetDocValues? values, int doc)
    {
        var found = new List<string>();
        if (values is null)
        {
            return found;
        }

        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            values.LookupOrd(ord, _scratch);
            found.Add(_scratch.Utf8ToString());
        }

        return found;
    }

    private readonly record struct SegmentGroup(int Doc, float Score, int Count);
}
