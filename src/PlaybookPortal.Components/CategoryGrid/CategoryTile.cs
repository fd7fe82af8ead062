namespace PlaybookPortal.Components;

/// <summary>
/// A category as the home page shows it: its name, its page and how many playbooks it holds.
/// </summary>
public sealed record CategoryTile(string Name, string Url, int Count);
