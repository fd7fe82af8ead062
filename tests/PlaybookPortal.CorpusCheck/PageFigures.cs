namespace PlaybookPortal.CorpusCheck;

/// <summary>How many pages were fetched and how long it took.</summary>
internal sealed record PageFigures(int Pages, int Rendered, int Redirects, double Seconds);
