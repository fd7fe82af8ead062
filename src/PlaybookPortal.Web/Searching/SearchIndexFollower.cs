using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Searching;

/// <summary>
/// Opens the index at start, then follows the change log: changes saved by this node, by an
/// operator verb or by another node become searchable within about a second even when nobody
/// searches. Commits on a timer rather than per change (a commit is an fsync); a crash in
/// between loses nothing, because the change log is replayed from the committed number.
/// </summary>
public sealed partial class SearchIndexFollower(
    SearchIndexHost host,
    PortalReadiness readiness,
    ILogger<SearchIndexFollower> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await host.StartAsync(stoppingToken);
            readiness.MarkIndexReady();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            LogOpenFailed(exception);
            readiness.MarkIndexFailed("the search index could not be opened; see the log");
            return;
        }

        var sinceCommit = TimeSpan.Zero;
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FollowOnceAsync(stoppingToken);
                sinceCommit += PollInterval;
                if (sinceCommit >= CommitInterval)
                {
                    host.Commit();
                    sinceCommit = TimeSpan.Zero;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the host commits when it is disposed.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        host.Commit();
    }

    private async Task FollowOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await host.CatchUpAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed round is retried on the next tick; searches catch up on their own as well.
            LogFollowFailed(exception);
        }
    }

    [LoggerMessage(EventId = 1320, Level = LogLevel.Error, Message = "The search index could not be opened")]
    private partial void LogOpenFailed(Exception exception);

    [LoggerMessage(EventId = 1321, Level = LogLevel.Warning, Message = "Following the change log failed; retrying")]
    private partial void LogFollowFailed(Exception exception);
}
