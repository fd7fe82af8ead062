namespace PlaybookPortal.Web.Reading;

/// <summary>The portal's URLs, built in one place so links and routes cannot drift apart.</summary>
public static class PortalUrls
{
    public static string Playbook(string slug, string? fragment = null)
    {
        var path = "/playbooks/" + string.Join('/', slug.Split('/').Select(Uri.EscapeDataString));
        return string.IsNullOrEmpty(fragment) ? path : path + "#" + Uri.EscapeDataString(fragment);
    }

    public static string Category(string name) => "/categories/" + Uri.EscapeDataString(name);
}
