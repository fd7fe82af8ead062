using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// How much changed, at a glance: <c>+3 −1, 2 changed</c>, with the same sentence in words
/// for screen readers, or "No differences".
/// </summary>
public sealed partial class DiffSummary
{
    [Parameter, EditorRequired]
    public RevisionDiffModel Model { get; set; } = default!;

    private string Short
    {
        get
        {
            var counts = string.Create(
                CultureInfo.InvariantCulture, $"{DiffWording.Plus}{Model.Added} {DiffWording.Minus}{Model.Removed}");
            return Model.Changed == 0
                ? counts
                : string.Create(CultureInfo.InvariantCulture, $"{counts}, {Model.Changed} changed");
        }
    }

    private string Spoken => string.Create(
        CultureInfo.InvariantCulture,
        $"{Lines(Model.Added)} added, {Model.Removed} removed, {Model.Changed} changed");

    private static string Lines(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "line" : "lines")}");
}
