using Microsoft.Extensions.Options;

namespace PlaybookPortal.Web.Hosting;

/// <summary>Start-up steps that talk to the operator on the console.</summary>
public static partial class StartupChecks
{
    /// <summary>Validates the Portal options now, printing every failure in one list.</summary>
    public static bool OptionsAreValid(IServiceProvider services, TextWriter error)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<PortalOptions>>().Value;
            return true;
        }
        catch (OptionsValidationException exception)
        {
            error.WriteLine("The portal cannot start because its configuration is invalid:");
            foreach (var failure in exception.Failures)
            {
                error.WriteLine($"  - {failure}");
            }

            return false;
        }
    }

    public static void AnnounceUrls(WebApplication app, TextWriter console)
    {
        var paths = app.Services.GetRequiredService<PortalPaths>();
        var urls = string.Join(", ", app.Urls);
        console.WriteLine($"Playbook Portal is serving {urls}");
        LogStarted(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PlaybookPortal"),
            urls, paths.ContentRoot, paths.DataRoot);
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "Portal started on {Urls} with content {ContentRoot} and data {DataRoot}")]
    private static partial void LogStarted(ILogger logger, string urls, string contentRoot, string dataRoot);
}
