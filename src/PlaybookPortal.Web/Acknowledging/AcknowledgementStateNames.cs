using PlaybookPortal.Data.Acknowledging;

namespace PlaybookPortal.Web.Acknowledging;

/// <summary>How each <see cref="AcknowledgementState"/> reads on the page and in the CSV export.</summary>
public static class AcknowledgementStateNames
{
    /// <summary>The words on the status page.</summary>
    public static string Display(AcknowledgementState state) => state switch
    {
        AcknowledgementState.UpToDate => "Acknowledged current",
        AcknowledgementState.Older => "Acknowledged an older revision",
        _ => "Not acknowledged",
    };

    /// <summary>A stable, lower-case value for spreadsheets and filters.</summary>
    public static string Csv(AcknowledgementState state) => state switch
    {
        AcknowledgementState.UpToDate => "current",
        AcknowledgementState.Older => "older",
        _ => "none",
    };

    /// <summary>The state named by <see cref="Csv"/>'s value (any case), or null.</summary>
    public static AcknowledgementState? Parse(string? value) =>
        Enum.GetValues<AcknowledgementState>()
            .Select(s => (AcknowledgementState?)s)
            .FirstOrDefault(s => string.Equals(Csv(s!.Value), value, StringComparison.OrdinalIgnoreCase));
}
