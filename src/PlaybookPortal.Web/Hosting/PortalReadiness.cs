namespace PlaybookPortal.Web.Hosting;

/// <summary>Says whether start-up work is done; /healthz answers 503 with the reason until then.</summary>
public sealed class PortalReadiness
{
    private volatile string? _notReadyReason = "importing content";

    public bool IsReady => _notReadyReason is null;

    public string? NotReadyReason => _notReadyReason;

    public void MarkReady() => _notReadyReason = null;

    public void MarkNotReady(string reason) => _notReadyReason = reason;
}
