using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Data.Editing;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// Editors saving other playbooks while row 8 is measured: each owns one playbook and saves it
/// once a second — far more often than people do — and every third edit goes through a pending
/// revision first, as the browser editor's two buttons do.
/// </summary>
public sealed class BackgroundEditors : IAsyncDisposable
{
    private static readonly TimeSpan Pace = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task<int>> _editors = [];

    private BackgroundEditors()
    {
    }

    public static BackgroundEditors Start(
        IServiceProvider services, string authorId, string authorName, IReadOnlyList<string> playbookIds)
    {
        var editors = new BackgroundEditors();
        foreach (var id in playbookIds)
        {
            editors._editors.Add(Task.Run(() => editors.EditAsync(services, authorId, authorName, id)));
        }

        return editors;
    }

    /// <summary>Stops the editors and returns how many saves they made.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return (await Task.WhenAll(_editors)).Sum();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private async Task<int> EditAsync(IServiceProvider services, string authorId, string authorName, string playbookId)
    {
        var (revisionId, source) = await SaveToSearchableBench.CurrentRevisionAsync(services, playbookId);
        var saves = 0;
        while (!_stop.IsCancellationRequested)
        {
            saves++;
            var text = source.TrimEnd() + string.Create(CultureInfo.InvariantCulture, $"\n\nBackground edit {saves}.\n");
            var pending = saves % 3 == 0;
            revisionId = await SaveToSearchableBench.SaveAsync(services, new PlaybookSave(
                playbookId, text, revisionId, authorId, authorName, "Background edit") { Publish = !pending });
            if (pending)
            {
                await using var scope = services.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<PendingRevisionPublisher>()
                    .PublishAsync(playbookId, revisionId, material: false, authorName, CancellationToken.None);
                if (published is not PlaybookSaved)
                {
                    throw new InvalidOperationException($"A background publish failed: {published}");
                }
            }

            try
            {
                await Task.Delay(Pace, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return saves;
    }
}
