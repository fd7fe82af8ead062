namespace PlaybookPortal.Web.Reading;

/// <summary>A category and how many playbooks in it the reader may see.</summary>
public sealed record CategorySummary(string Name, int Count);
