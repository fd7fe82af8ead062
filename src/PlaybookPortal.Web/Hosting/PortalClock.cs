using Microsoft.Extensions.Options;

namespace PlaybookPortal.Web.Hosting;

/// <summary>Turns stored UTC times into the portal's time zone for display and day counting.</summary>
public sealed class PortalClock(TimeProvider time, IOptions<PortalOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(time.GetUtcNow().UtcDateTime));
}
