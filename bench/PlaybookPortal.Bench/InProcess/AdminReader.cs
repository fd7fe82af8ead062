using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>The reader the harness searches as: the admin, the same user run.sh signs in as over HTTP.</summary>
public static class AdminReader
{
    public static async Task<(Reader Reader, string DisplayName)> FindAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var admin = await users.FindByEmailAsync(BenchPortal.AdminEmail)
            ?? throw new InvalidOperationException("The portal has no admin account.");
        return (new Reader(admin.Id, admin.Role, null), admin.DisplayName);
    }
}
