using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// The portal hosted in-process over one corpus folder, with a fresh database in a temporary
/// folder. The start-up import is off: the check runs the importer itself so it can time it
/// and read its report.
/// </summary>
internal sealed class CorpusPortal(string contentRoot) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "corpus-check@portal.local";

    // Known only to this process; the database it protects is deleted on dispose.
    public const string AdminPassword = "corpus-check-password-1";

    private readonly string _dataRoot =
        Path.Combine(Path.GetTempPath(), "portal-corpus-" + Guid.NewGuid().ToString("N"));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();

        // SQLite keeps pooled connections open on the file until the pool is cleared.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataRoot))
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, as readers get it: custom error pages and the strict headers.
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:ContentPath", contentRoot);
        builder.UseSetting("Portal:DataPath", _dataRoot);
        builder.UseSetting("Portal:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:AdminPassword", AdminPassword);
        builder.UseSetting("Portal:ImportOnStart", "false");

        // Hundreds of import warnings would drown the report; real failures still log as errors.
        // appsettings.json names categories, so each needs its own setting to be quietened.
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", nameof(LogLevel.Error));
        }
    }
}
