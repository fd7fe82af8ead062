using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Identity;

/// <summary>
/// Counts failed sign-ins for addresses that have no usable account, so that after five tries
/// they get the same "locked" answer a real account gets. Without it, the lockout message
/// would tell anyone which addresses belong to someone.
/// </summary>
public sealed class UnknownAccountAttempts(IMemoryCache cache, IOptions<PortalOptions> options)
{
    public const int Limit = 5;

    /// <summary>Records a failure and says whether the address now looks locked.</summary>
    public bool FailAndCheckLocked(string email)
    {
        var key = ("unknown-sign-in", email.Trim().ToLowerInvariant());
        var count = cache.TryGetValue(key, out int seen) ? seen + 1 : 1;
        cache.Set(key, count, TimeSpan.FromMinutes(options.Value.LockoutMinutes));
        return count >= Limit;
    }
}
