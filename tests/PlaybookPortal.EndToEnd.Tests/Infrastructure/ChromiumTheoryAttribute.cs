namespace PlaybookPortal.EndToEnd.Tests.Infrastructure;

/// <summary>The <see cref="ChromiumFactAttribute"/> rule for data-driven browser tests.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (ChromiumLocation.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
