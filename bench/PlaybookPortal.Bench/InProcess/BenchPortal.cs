using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// The portal hosted in-process over a generated corpus, importing it at start as a real portal
/// does. The data folder is kept: run.sh starts the HTTP portal on it afterwards.
/// </summary>
/// <remarks>
/// The first start creates the admin with <paramref name="adminPassword"/>; run.sh signs in with
/// the same password once the HTTP portal is started on this data.
/// </remarks>
public sealed class BenchPortal(string contentRoot, string dataRoot, string adminPassword) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@portal.local";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:ContentPath", contentRoot);
        builder.UseSetting("Portal:DataPath", dataRoot);
        builder.UseSetting("Portal:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:AdminPassword", adminPassword);
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
