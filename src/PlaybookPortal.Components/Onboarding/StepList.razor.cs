using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// The steps of one enrollment with their kind, due date, state and who did them. The state is
/// written out in words (colour only repeats it). Forms for ticking or signing off carry the
/// page's antiforgery token, which the page passes in because a static component cannot
/// produce one of its own.
/// </summary>
public partial class StepList
{
    [Parameter, EditorRequired]
    public IReadOnlyList<StepListItem> Steps { get; set; } = [];

    [Parameter]
    public string AntiforgeryFieldName { get; set; } = "__RequestVerificationToken";

    [Parameter]
    public string? AntiforgeryToken { get; set; }

    private static string StateClass(StepListItem step) => step.State switch
    {
        StepListState.Done => "done",
        StepListState.Overdue => "overdue",
        StepListState.Reopened => "reopened",
        _ => "open",
    };

    private static string StateText(StepListItem step) => step.State switch
    {
        StepListState.Done => "Done",
        StepListState.Overdue => "Overdue",
        StepListState.Reopened => "Changed: read again",
        _ => "To do",
    };
}
