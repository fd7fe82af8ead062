using System.Globalization;

namespace PlaybookPortal.Bench.Reporting;

/// <summary>A target on a ratio: at most or at least a bound, optionally with a cap on the measured value.</summary>
public sealed record RowTarget(bool AtMost, double Bound, double? MeasuredCap = null, string? CapUnit = null)
{
    public static RowTarget Max(double bound, double? measuredCap = null, string? capUnit = null) => new(true, bound, measuredCap, capUnit);

    public static RowTarget Min(double bound) => new(false, bound);

    public bool IsMet(double measured, double ratio) =>
        !double.IsNaN(ratio)
        && (AtMost ? ratio <= Bound : ratio >= Bound)
        && (MeasuredCap is not { } cap || measured < cap);

    public override string ToString()
    {
        var text = (AtMost ? "≤ " : "≥ ") + Bound.ToString("0.##", CultureInfo.InvariantCulture);
        return MeasuredCap is { } cap
            ? text + string.Create(CultureInfo.InvariantCulture, $", < {cap:0} {CapUnit}")
            : text;
    }
}
