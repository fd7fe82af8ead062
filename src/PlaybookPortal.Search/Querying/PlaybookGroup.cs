namespace PlaybookPortal.Search.Querying;

/// <summary>One matching playbook while collecting: its best section and what facets count.</summary>
internal sealed class PlaybookGroup(string playbookId)
{
    public string PlaybookId { get; } = playbookId;

    public float BestScore { get; set; } = float.NegativeInfinity;

    /// <summary>The best section's document number in the whole index.</summary>
    public int BestDocument { get; set; } = -1;

    public int MatchingSections { get; set; }

    public string Category { get; set; } = "";

    public string Language { get; set; } = "";

    public IReadOnlyList<string> Tags { get; set; } = [];
}
