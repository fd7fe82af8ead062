namespace PlaybookPortal.Components;

/// <summary>A playbook that teaches a skill, as a link the viewer may open.</summary>
public sealed record PriorityPlaybook(string Title, string Url);
