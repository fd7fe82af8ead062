namespace PlaybookPortal.Web.Operator;

/// <summary>
/// <c>healthcheck [url]</c>: exits 0 when a running portal answers 200 on /healthz. Used by the
/// container's HEALTHCHECK, so it must not touch the database or the content.
/// </summary>
public sealed record HealthcheckVerb(string Url, string[] HostArgs) : OperatorVerb(HostArgs)
{
    public static HealthcheckVerb From(string[] args)
    {
        var explicitUrl = args.FirstOrDefault(a => a.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        return new HealthcheckVerb(explicitUrl ?? DefaultUrl(), args);
    }

    public async Task<int> RunAsync(TextWriter output)
    {
        var target = new Uri(new Uri(Url.TrimEnd('/') + "/"), "healthz");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(target);
            var body = await response.Content.ReadAsStringAsync();
            await output.WriteLineAsync($"{target}: {(int)response.StatusCode} {body}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"{target}: {exception.Message}");
            return 1;
        }
    }

    // The same sources the host reads: ASPNETCORE_URLS, then ASPNETCORE_HTTP_PORTS (set by the
    // official container images), then the default of a plain 'dotnet run'.
    private static string DefaultUrl()
    {
        var urls = Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        if (!string.IsNullOrWhiteSpace(urls))
        {
            var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
            return first.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
        }

        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS");
        var port = string.IsNullOrWhiteSpace(ports) ? "5000" : ports.Split(';', ',')[0];
        return $"http://localhost:{port}";
    }
}
