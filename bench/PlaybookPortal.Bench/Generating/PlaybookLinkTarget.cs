namespace PlaybookPortal.Bench.Generating;

/// <summary>A playbook written earlier that later playbooks may link to, with its section anchors.</summary>
/// <param name="Category">Folder below <c>playbooks/</c>.</param>
/// <param name="Name">File name without <c>.md</c>.</param>
/// <param name="Anchors">Anchors of its <c>##</c> headings.</param>
public sealed record PlaybookLinkTarget(string Category, string Name, IReadOnlyList<string> Anchors);
