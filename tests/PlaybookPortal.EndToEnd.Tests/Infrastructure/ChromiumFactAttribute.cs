namespace PlaybookPortal.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A browser test: skipped when Chromium is missing outside CI; in CI it runs, and the
/// <see cref="BrowserPortal"/> fixture fails it with the same message.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumLocation.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
