using System.Security.Cryptography;

namespace PlaybookPortal.Markdown.Pipeline;

/// <summary>
/// A random prefix our renderers put before every id they write. Raw HTML in a playbook cannot
/// guess it, so after sanitizing an id with the prefix is ours (the prefix is then removed) and
/// any other id came from the source and is dropped.
/// </summary>
internal static class ElementIdPrefix
{
    public static string Create() => "pp" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + "-";
}
