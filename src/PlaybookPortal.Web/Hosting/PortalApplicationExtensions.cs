using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PlaybookPortal.Data;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Hosting;

/// <summary>The request pipeline and the database preparation that precedes it.</summary>
public static class PortalApplicationExtensions
{
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool createFirstAdmin)
    {
        var paths = app.Services.GetRequiredService<PortalPaths>();
        Directory.CreateDirectory(paths.DataRoot);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.MigrateAsync();
        if (createFirstAdmin)
        {
            await scope.ServiceProvider.GetRequiredService<FirstAdminSetup>()
                .EnsureAsync(Console.Out, CancellationToken.None);
        }
    }

    // A published portal started from another folder has its working folder as content root,
    // where no wwwroot exists; its static files sit beside the application instead.
    private static void UsePublishedWebRoot(IWebHostEnvironment environment)
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(environment.WebRootPath) || !Directory.Exists(published))
        {
            return;
        }

        environment.WebRootPath = published;
        environment.WebRootFileProvider = new PhysicalFileProvider(published);
    }

    // "ready", or the reason the portal is not ready yet, as plain text for people and probes.
    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var reason = report.Entries.Values.Select(e => e.Description).FirstOrDefault(d => d is not null);
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? "ready" : $"not ready: {reason}");
    }

    public static void UsePortal(this WebApplication app)
    {
        UsePublishedWebRoot(app.Environment);
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapRazorPages();
        Bench.BenchEndpoints.MapIfEnabled(app);
    }
}
