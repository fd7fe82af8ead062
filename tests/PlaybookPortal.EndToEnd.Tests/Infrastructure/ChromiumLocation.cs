namespace PlaybookPortal.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Where the browser is. Playwright's own browser download is not used: the tests drive the
/// distribution's Chromium, which <c>PORTAL_CHROMIUM_PATH</c> may point elsewhere.
/// </summary>
public static class ChromiumLocation
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string Path =>
        Environment.GetEnvironmentVariable("PORTAL_CHROMIUM_PATH") is { Length: > 0 } configured
            ? configured
            : DefaultPath;

    public static bool IsInstalled => File.Exists(Path);

    public static string MissingMessage =>
        $"Chromium not found at {Path}; install it with apt-get install -y chromium";

    // CI must not go green by skipping every browser test; a developer's machine may.
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The skip reason for a browser test here, or null when it should run (or fail).</summary>
    public static string? SkipReason => IsInstalled || IsCi ? null : MissingMessage;
}
