namespace PlaybookPortal.Data.Skills;

/// <summary>A user of the portal that a CSV row names, as rep or assessor.</summary>
internal sealed record ImportPerson(string Id, string Name, string Email);
