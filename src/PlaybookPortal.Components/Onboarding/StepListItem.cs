namespace PlaybookPortal.Components;

/// <summary>One step as the step list shows it; the page fills it, the component never reads data.</summary>
public sealed record StepListItem
{
    public required long Key { get; init; }

    /// <summary>The kind in words: "Read", "Task", "Sign-off", "Assessment".</summary>
    public required string KindText { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The due date already formatted in the portal's zone, e.g. "Due Mon 30 Mar 2026".</summary>
    public required string DueText { get; init; }

    public required StepListState State { get; init; }

    public bool Optional { get; init; }

    /// <summary>Set for a step no longer on the path, kept because the rep did it.</summary>
    public bool Removed { get; init; }

    /// <summary>A read step's playbook link (with the way back to the path), when the viewer may read it.</summary>
    public string? Href { get; init; }

    /// <summary>"Done Tue 31 Mar 2026 14:05 by Ana Rep" once done.</summary>
    public string? DoneLine { get; init; }

    /// <summary>The evidence or sign-off note.</summary>
    public string? Note { get; init; }

    /// <summary>Earlier completions that were withdrawn, in words, oldest first.</summary>
    public IReadOnlyList<string> History { get; init; } = [];

    /// <summary>A warning about the step (e.g. the rep may not read its playbook).</summary>
    public string? Flag { get; init; }

    /// <summary>What the viewer can do with the step here; null for nothing.</summary>
    public StepListAction? Action { get; init; }
}
