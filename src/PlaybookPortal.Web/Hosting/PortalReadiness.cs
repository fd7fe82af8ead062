namespace PlaybookPortal.Web.Hosting;

/// <summary>
/// Says whether start-up work is done: the content import and the search index. /healthz
/// answers 503 with the first pending reason until both are.
/// </summary>
public sealed class PortalReadiness
{
    private volatile string? _import = "importing content";
    private volatile string? _index = "building the search index";
    private volatile string? _failure;

    public bool IsReady => _import is null && _index is null;

    /// <summary>A failure first: it is what an operator must act on, not the work still pending.</summary>
    public string? NotReadyReason => _failure ?? _import ?? _index;

    public void MarkImportDone() => _import = null;

    public void MarkImportFailed(string reason) => _import = _failure = reason;

    public void MarkIndexReady() => _index = null;

    public void MarkIndexFailed(string reason) => _index = _failure = reason;
}
