using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// The portal hosted in-process over a generated corpus, importing it at start as a real portal
/// does. The data folder is kept: run.sh starts the HTTP portal on it afterwards.
/// </summary>
public sealed class BenchPortal(string contentRoot, string dataRoot) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@portal.local";

    // Known only to this process; the HTTP portal later keeps the admin this one created.
    private readonly string _adminPassword = "bench-" + Guid.NewGuid().ToString("N");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:ContentPath", contentRoot);
        builder.UseSetting("Portal:DataPath", dataRoot);
        builder.UseSetting("Portal:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:AdminPassword", _adminPassword);
        builder.UseSetting("Portal:ImportOnStart", "true");
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", nameof(LogLevel.Warning));
        }

        // "Not ready" while importing is expected here and would log once per poll.
        builder.UseSetting("Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks", nameof(LogLevel.Critical));
    }

    /// <summary>Waits until <c>/healthz</c> says ready: the import and the index are done.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The portal was not ready within {timeout}: {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(250);
        }
    }
}
