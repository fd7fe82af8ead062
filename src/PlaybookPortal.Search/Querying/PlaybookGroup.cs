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

    /// <summary>Lower-cased title: the order among equal scores, and of a list of filters alone.</summary>
    public string TitleKey { get; set; } = "";

    public bool IsPublished { get; set; } = true;

    public string Language { get; set; } = "";

    public IReadOnlyList<string> Tags { get; set; } = [];
}
