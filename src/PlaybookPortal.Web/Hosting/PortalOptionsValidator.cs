using Microsoft.Extensions.Options;

namespace PlaybookPortal.Web.Hosting;

/// <summary>Checks the Portal section at start-up so a typo fails with a clear message.</summary>
public sealed class PortalOptionsValidator(PortalPaths paths) : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        var failures = new List<string>();
        if (!Directory.Exists(paths.ContentRoot))
        {
            failures.Add($"Portal:ContentPath '{options.ContentPath}' does not exist " +
                $"(resolved to '{paths.ContentRoot}').");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"Portal:TimeZone '{options.TimeZone}' is not a known IANA time zone " +
                "(for example Europe/Berlin or America/New_York).");
        }

        if (!options.Database.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Portal:Database '{options.Database}' is not supported yet; use 'sqlite'.");
        }

        if (string.IsNullOrWhiteSpace(options.AdminEmail) || !options.AdminEmail.Contains('@', StringComparison.Ordinal))
        {
            failures.Add("Portal:AdminEmail must be an email address.");
        }

        if (options.AdminPassword is { Length: > 0 and < 12 })
        {
            failures.Add("Portal:AdminPassword must be at least 12 characters long.");
        }

        if (options.LockoutMinutes is < 1 or > 1440)
        {
            failures.Add("Portal:LockoutMinutes must be between 1 and 1440.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
