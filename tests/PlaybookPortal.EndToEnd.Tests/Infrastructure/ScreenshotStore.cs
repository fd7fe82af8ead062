using Microsoft.Playwright;

namespace PlaybookPortal.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Full-page screenshots in the test output's <c>screenshots</c> folder, copied to
/// <see cref="ReviewFolder"/> so people can look at them without digging through bin/.
/// </summary>
public static class ScreenshotStore
{
    public const string ReviewFolder = "/tmp/portal-screens";

    public static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(OutputFolder);
        Directory.CreateDirectory(ReviewFolder);
        var path = Path.Combine(OutputFolder, name + ".png");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        File.Copy(path, Path.Combine(ReviewFolder, name + ".png"), overwrite: true);
        return path;
    }
}
