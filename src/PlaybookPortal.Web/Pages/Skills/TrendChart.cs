using System.Globalization;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>
/// Where each point of a gap trend goes in the server-drawn SVG: month ends spread evenly along
/// x, the average gap 0–4 up y (0 at the bottom, the target reached). Points with nobody
/// assessed yet have no position and break no line: they are simply left out.
/// </summary>
public sealed class TrendChart(IReadOnlyList<GapTrendPoint> points)
{
    public const int Width = 640;
    public const int Height = 260;
    public const int Left = 48;
    public const int Right = 16;
    public const int Top = 16;
    public const int Bottom = 48;

    public IReadOnlyList<GapTrendPoint> Points => points;

    public double X(int index) => points.Count <= 1
        ? Left + (Width - Left - Right) / 2.0
        : Left + index * (Width - Left - Right) / (double)(points.Count - 1);

    public static double Y(double gap) => Top + (SkillLevels.Max - gap) * (Height - Top - Bottom) / SkillLevels.Max;

    /// <summary>The polyline through every point that has an average.</summary>
    public string Line => string.Join(" ", points
        .Select((p, i) => (p, i)).Where(x => x.p.AverageGap is not null)
        .Select(x => Format(X(x.i)) + "," + Format(Y(x.p.AverageGap!.Value))));

    /// <summary>Every how many points an x label is written, so labels never overlap.</summary>
    public int LabelEvery => Math.Max(1, (int)Math.Ceiling(points.Count / 8.0));

    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Gap(double? gap) => gap is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "—";
}
