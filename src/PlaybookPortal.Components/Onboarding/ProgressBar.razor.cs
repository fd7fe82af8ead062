using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// How far a rep is along a path: required steps done, as a bar and in words, with an optional
/// thinner bar below showing where they should be by today. The CSP allows no inline styles,
/// so both bars are native progress elements; the outer element carries the accessible role.
/// </summary>
public partial class ProgressBar
{
    [Parameter, EditorRequired]
    public int RequiredDone { get; set; }

    [Parameter, EditorRequired]
    public int RequiredCount { get; set; }

    /// <summary>Whole percent done (the caller's rounding rule; see ProgressCalculator).</summary>
    [Parameter, EditorRequired]
    public int Percent { get; set; }

    /// <summary>Percent expected by today; null hides the marker.</summary>
    [Parameter]
    public int? ExpectedPercent { get; set; }

    [Parameter]
    public string Label { get; set; } = "Progress";

    private string Text => string.Create(CultureInfo.InvariantCulture,
        $"{RequiredDone} of {RequiredCount} required {(RequiredCount == 1 ? "step" : "steps")} · {Percent}%");
}
