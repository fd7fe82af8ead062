using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Identity;

/// <summary>
/// Creates the first admin when the database has no users. A generated password is written to
/// standard output once and never to the log; <c>Portal:AdminPassword</c> applies only here.
/// </summary>
public sealed partial class FirstAdminSetup(
    UserManager<PortalUser> users,
    IOptions<PortalOptions> options,
    TimeProvider time,
    ILogger<FirstAdminSetup> logger)
{
    public async Task EnsureAsync(TextWriter console, CancellationToken cancellationToken)
    {
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var email = options.Value.AdminEmail;
        var configured = options.Value.AdminPassword;
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        var admin = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Administrator",
            Role = PermissionRole.Admin,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };

        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
        {
            var reasons = string.Join(" ", result.Errors.Select(e => e.Description));
            throw new InvalidOperationException($"Could not create the first admin: {reasons}");
        }

        LogAdminCreated(admin.Id, string.IsNullOrEmpty(configured) ? "generated" : "configured");
        if (string.IsNullOrEmpty(configured))
        {
            // Standard output, not the logger: log sinks are often shipped elsewhere and kept.
            await console.WriteLineAsync(
                $"First admin created: {email}  password: {password}  (shown once; change it after signing in)");
            await console.FlushAsync(cancellationToken);
        }
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Created the first admin {UserId} with a {PasswordSource} password")]
    private partial void LogAdminCreated(string userId, string passwordSource);
}
