namespace PlaybookPortal.Markdown;

/// <summary>How to render one body.</summary>
/// <param name="DropFirstTitleHeading">
/// True when the first level-1 heading became the playbook's title and must not repeat in the body.
/// </param>
public sealed record RenderRequest(bool DropFirstTitleHeading);
