using System.Security.Cryptography;
using System.Text;

namespace PlaybookPortal.Core.Importing;

/// <summary>
/// The fingerprint an import compares to tell an unchanged file from a changed one.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ContentHash
{
    /// <summary>
    /// The SHA-256 of <paramref name="text"/>'s UTF-8 bytes as 64 lower-case hex digits. The
    /// text is hashed exactly as given: a byte-order mark character or CRLF changes the hash.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash);
    }
}
