namespace PlaybookPortal.Web.Hosting;

/// <summary>
/// Says whether start-up work is done: the content import and the search index. /healthz
/// answers 503 with the first pending reason until both are.
/// </summary>
public sealed class PortalReadiness
{
    private volatile string? _import = "importing content";
    private volatile string? _index = "building the search index";

    public bool IsReady => _import is null && _index is null;

    public string? NotReadyReason => _import ?? _index;

    public void MarkImportDone() => _import = null;

    public void MarkImportFailed(string reason) => _import = reason;

    public void MarkIndexReady() => _index = null;

    public void MarkIndexFailed(string reason) => _index = reason;
}
