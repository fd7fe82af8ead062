using PlaybookPortal.Components;

namespace PlaybookPortal.Web.History;

/// <summary>The outcome of <see cref="RevisionComparison"/>: which revisions, and their differences.</summary>
public sealed record ComparedRevisions(long FromId, int FromNumber, long ToId, int ToNumber, RevisionDiffModel Diff);
