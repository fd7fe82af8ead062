namespace PlaybookPortal.Web.Pages.Onboarding.Paths;

/// <summary>The addresses of the path pages, built in one place.</summary>
public static class PathUrls
{
    public const string List = "/onboarding/paths";

    public const string New = "/onboarding/paths/new";

    public static string Show(string id) => $"/onboarding/paths/{Uri.EscapeDataString(id)}";

    public static string Edit(string id) => $"/onboarding/paths/{Uri.EscapeDataString(id)}/edit";
}
