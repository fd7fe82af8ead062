using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PlaybookPortal.Web.Hosting;

/// <summary>Healthy once the start-up import has finished.</summary>
public sealed class ReadinessHealthCheck(PortalReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("ready")
            : HealthCheckResult.Unhealthy(readiness.NotReadyReason));
}
