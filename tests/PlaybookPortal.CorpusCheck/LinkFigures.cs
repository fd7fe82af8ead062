namespace PlaybookPortal.CorpusCheck;

/// <summary>Internal links on the rendered pages: resolved to a portal page, or marked broken.</summary>
internal sealed record LinkFigures(int Resolved, int Broken);
