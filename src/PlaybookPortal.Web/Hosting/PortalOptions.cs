namespace PlaybookPortal.Web.Hosting;

/// <summary>The <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Content root to import at start; relative paths resolve against the app folder.</summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>Where the database, reset-link files and (later) the index live.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>Database provider: <c>sqlite</c> (default) or <c>postgres</c> later.</summary>
    public string Database { get; set; } = "sqlite";

    /// <summary>Overrides the SQLite file in <see cref="DataPath"/> when set.</summary>
    public string? ConnectionString { get; set; }

    public string AdminEmail { get; set; } = "admin@portal.local";

    /// <summary>Applies only when the first admin account is created; never logged.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>IANA time zone in which times are shown and days counted.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How long an account stays locked after five failed sign-ins.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The address readers use, for links in messages; the request's host when empty.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Import the content root at start (tests turn this off to use their own data).</summary>
    public bool ImportOnStart { get; set; } = true;
}
