namespace PlaybookPortal.Components;

/// <summary>
/// A form the step list renders for one step: it posts to <see cref="PostUrl"/> with the step
/// key, the page's antiforgery token and, when <see cref="NoteLabel"/> is set, a note.
/// </summary>
public sealed record StepListAction(string PostUrl, string ButtonText, string? NoteLabel = null, bool NoteRequired = false);
