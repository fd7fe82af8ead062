using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Onboarding.Paths;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// Saves a path edited in the browser: steps synced through <see cref="PathStepSync"/> (open
/// enrollments gain new steps, removed ones stay in history), the YAML regenerated for export,
/// and a save started from an older version refused rather than overwriting someone's work.
/// </summary>
public sealed class PathEditor(PortalDbContext db, PathAudienceCheck audienceCheck, TimeProvider time)
{
    public async Task<PathSaveResult> SaveAsync(PathSave save, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(save);

        var definition = save.Definition;
        var path = await db.OnboardingPaths.Include(p => p.Steps).Include(p => p.Positions)
            .SingleOrDefaultAsync(p => p.Id == definition.Id, cancellationToken);
        if (save.IsNew && path is not null)
        {
            return PathSaveResult.Failed(PathSaveOutcome.IdTaken);
        }

        if (!save.IsNew && (path is null || path.PersonalForUserId is not null))
        {
            return PathSaveResult.Failed(PathSaveOutcome.NotFound);
        }

        if (path is not null && path.Version != save.Version)
        {
            return PathSaveResult.Failed(PathSaveOutcome.Stale);
        }

        if (path is null)
        {
            path = new OnboardingPath { Id = definition.Id };
            db.OnboardingPaths.Add(path);
        }
        else
        {
            // The version the editor saw is what the update must still find in the row.
            db.Entry(path).Property(p => p.Version).OriginalValue = save.Version;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var changes = PathStepSync.Apply(path, definition, await PlaybookRefResolver.LoadAsync(db, cancellationToken), now);
        path.SourceText = PathYamlWriter.Write(definition);
        path.UpdatedUtc = now;
        path.UpdatedByName = save.AuthorName;
        path.Version = save.IsNew ? 1 : save.Version + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return PathSaveResult.Failed(PathSaveOutcome.Stale);
        }
        catch (DbUpdateException) when (save.IsNew)
        {
            // Two editors creating the same id at once: the second insert hits the key.
            db.ChangeTracker.Clear();
            return PathSaveResult.Failed(PathSaveOutcome.IdTaken);
        }

        db.ChangeTracker.Clear();
        return new PathSaveResult(PathSaveOutcome.Saved, changes, await audienceCheck.CheckAsync(definition.Id, cancellationToken));
    }
}
