using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace PlaybookPortal.Web.People;

/// <summary>
/// Carries the uploaded CSV text from the preview to the confirmation in a hidden field,
/// encrypted and signed for the admin who uploaded it and valid for an hour: nothing is kept on
/// the server between the two requests, and the confirmed file is exactly the one previewed.
/// </summary>
public sealed class UserImportPayload(IDataProtectionProvider provider, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public string Protect(string csvText, string adminUserId) =>
        Protector(adminUserId).Protect(csvText, time.GetUtcNow() + Lifetime);

    /// <summary>The CSV text, or null when the payload is expired, altered or from another admin.</summary>
    public string? Unprotect(string? payload, string adminUserId)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return null;
        }

        try
        {
            return Protector(adminUserId).Unprotect(payload, out _);
        }
        catch (CryptographicException)
        {
            // The data-protection API reports an altered, foreign or expired payload only by throwing.
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(string adminUserId) =>
        provider.CreateProtector("PlaybookPortal.UserImport.v1", adminUserId).ToTimeLimitedDataProtector();
}
