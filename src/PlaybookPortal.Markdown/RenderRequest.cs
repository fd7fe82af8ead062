namespace PlaybookPortal.Markdown;

/// <summary>How one playbook body should be rendered.</summary>
/// <param name="DropFirstTitleHeading">
/// True when the page shows the first <c># heading</c> as its title (no <c>title</c> in the
/// front matter), so the body must not repeat it. The heading is the one
/// <see cref="Outline.MarkdownOutliner"/> reports as <c>Title</c>.
/// </param>
public sealed record RenderRequest(bool DropFirstTitleHeading);
