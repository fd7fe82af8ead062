namespace PlaybookPortal.Bench.Generating;

/// <summary>The anchor a heading of plain lower-case words gets: its words joined by hyphens.</summary>
public static class Anchors
{
    public static string Of(string heading) => string.Join('-', heading.ToLowerInvariant().Split(' '));
}
