using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Identity;

/// <summary>Creates password-reset links and delivers them through the outbox.</summary>
public sealed class PasswordResetLinks(
    UserManager<PortalUser> users, ResetLinkOutbox outbox, IOptions<PortalOptions> options)
{
    public async Task<string> CreateAsync(PortalUser user, HttpRequest request)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var query = QueryString.Create([
            new KeyValuePair<string, string?>("userId", user.Id),
            new KeyValuePair<string, string?>("token", token),
        ]);

        // A configured public address keeps a forged Host header out of the link.
        var origin = string.IsNullOrWhiteSpace(options.Value.PublicUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.Value.PublicUrl.TrimEnd('/');
        return $"{origin}/account/reset-password{query}";
    }

    public async Task SendAsync(PortalUser user, HttpRequest request, CancellationToken cancellationToken)
    {
        var link = await CreateAsync(user, request);
        await outbox.WriteAsync(user.Id, user.Email ?? "", link, cancellationToken);
    }
}
