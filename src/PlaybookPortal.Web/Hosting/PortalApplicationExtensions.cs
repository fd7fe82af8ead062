using Microsoft.EntityFrameworkCore;
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

    public static void UsePortal(this WebApplication app)
    {
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
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapRazorPages();
    }
}
