using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Importing;

[Collection(SharedPortal.Name)]
public sealed class ContentImporterTests(PortalFactory portal) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-import-").FullName;

    // Slugs are unique across the whole portal and the portal is shared, so every test puts its
    // files below a folder of its own.
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Import_SameFolderTwice_SecondRunChangesNothing()
    {
        Write("a/one.md", "---\ntitle: One\n---\nBody one.\n");
        Write("a/two.md", "# Two\n\nBody two.\n");
        await ImportAsync();
        var changeBefore = await ChangeNumberAsync();

        var second = await ImportAsync();

        Assert.Equal(2, second.Count(ImportOutcome.Unchanged));
        Assert.Equal(0, second.Count(ImportOutcome.Added) + second.Count(ImportOutcome.Changed));
        Assert.Equal(changeBefore, await ChangeNumberAsync());
    }

    [Fact]
    public async Task Import_ChangedFile_AddsARevisionAndAChange()
    {
        Write("a/one.md", "---\ntitle: One\n---\nFirst text.\n");
        await ImportAsync();
        var changeBefore = await ChangeNumberAsync();
        Write("a/one.md", "---\ntitle: One\n---\nSecond text.\n");

        var report = await ImportAsync();

        Assert.Equal(1, report.Count(ImportOutcome.Changed));
        Assert.True(await ChangeNumberAsync() > changeBefore);
        await portal.WithDbAsync(async db =>
        {
            var playbook = await db.Playbooks.Include(p => p.CurrentRevision)
                .SingleAsync(p => p.Source!.Folder == _folder && p.Source.RelativePath == Rel("a/one.md"));
            Assert.Equal(2, playbook.CurrentRevision!.Number);
            Assert.Contains("Second text.", playbook.CurrentRevision.SourceText, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Import_StoresSourceVerbatim_IncludingByteOrderMarkAndCrlf()
    {
        const string source = "\uFEFF---\r\ntitle: Verbatim\r\n---\r\n# Heading\r\n\r\nText.\r\n";
        Write("v.md", source);

        await ImportAsync();

        await portal.WithDbAsync(async db =>
        {
            var revision = await db.Playbooks.Where(p => p.Source!.Folder == _folder)
                .Select(p => p.CurrentRevision!.SourceText).SingleAsync();
            Assert.Equal(source, revision);
        });
    }

    [Fact]
    public async Task Import_VanishedFile_IsReported_AndArchivedOnlyWithPrune()
    {
        Write("keep.md", "Keep me.\n");
        Write("gone.md", "Soon gone.\n");
        await ImportAsync();
        File.Delete(Path.Combine(_folder, Rel("gone.md")));

        var withoutPrune = await ImportAsync();
        var withPrune = await ImportAsync(new ImportOptions(Prune: true));

        Assert.Equal(Rel("gone.md"), Assert.Single(withoutPrune.Entries, e => e.Outcome == ImportOutcome.Vanished).RelativePath);
        Assert.Equal(Rel("gone.md"), Assert.Single(withPrune.Entries, e => e.Outcome == ImportOutcome.Archived).RelativePath);
        await portal.WithDbAsync(async db => Assert.Equal(PlaybookStatus.Archived, await db.Playbooks
            .Where(p => p.Source!.Folder == _folder && p.Source.RelativePath == Rel("gone.md")).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Import_MovedFileWithId_KeepsItsHistory()
    {
        var id = "moved-" + Guid.NewGuid().ToString("N")[..8];
        Write("old/place.md", $"---\nid: {id}\ntitle: Mover\n---\nText.\n");
        await ImportAsync();
        File.Delete(Path.Combine(_folder, Rel("old/place.md")));
        Write("new/place.md", $"---\nid: {id}\ntitle: Mover\n---\nText, moved.\n");

        var report = await ImportAsync();

        Assert.Equal(1, report.Count(ImportOutcome.Moved));
        await portal.WithDbAsync(async db =>
        {
            var playbook = await db.Playbooks.SingleAsync(p => p.Id == id);
            Assert.Equal("new/place", playbook.Slug[(playbook.Slug.Length - "new/place".Length)..]);
            Assert.Equal(2, await db.PlaybookRevisions.CountAsync(r => r.PlaybookId == id));
        });
    }

    [Theory]
    [InlineData("---\ntitle: A\ntitle: B\n---\nx\n", 3)]
    // The unclosed bracket is only detected where the block ends: the closing fence.
    [InlineData("---\ntitle: [unclosed\n---\nx\n", 3)]
    [InlineData("---\ntitle: Date\nlast_reviewed: 2024-02-30\n---\nx\n", 3)]
    public async Task Import_MalformedFrontMatter_FailsWithLine_AndTheRestLoads(string source, int line)
    {
        Write("bad.md", source);
        Write("good.md", "---\ntitle: Good\n---\nFine.\n");

        var report = await ImportAsync();

        var failure = Assert.Single(report.Problems, p => p.Outcome == ImportOutcome.Failed && p.RelativePath == Rel("bad.md"));
        Assert.Equal(line, failure.Line);
        Assert.Contains(report.Entries, e => e.RelativePath == Rel("good.md") && e.Outcome == ImportOutcome.Added);
        Assert.True(report.HasFailures);
    }

    [Fact]
    public async Task Import_FileOverTheSizeLimit_FailsWithTheNumbers_AndKeepsTheRest()
    {
        Write("huge.md", new string('a', ContentLimits.MaxLineBytes + 10));
        Write("small.md", "Small.\n");

        var report = await ImportAsync();

        var failure = Assert.Single(report.Entries, e => e.Outcome == ImportOutcome.Failed);
        Assert.Equal(Rel("huge.md"), failure.RelativePath);
        Assert.Contains("204,800", failure.Reason, StringComparison.Ordinal);
        Assert.Contains(report.Entries, e => e.RelativePath == Rel("small.md") && e.Outcome == ImportOutcome.Added);
    }

    [Fact]
    public async Task Import_NonPlaybookFiles_AreSkippedWithAReason()
    {
        Write("page.md", "Page.\n");
        Write("diagram.png", "png");
        Write("LICENSE.md", "MIT");

        var report = await ImportAsync();

        Assert.Equal(2, report.Count(ImportOutcome.Skipped));
        Assert.All(report.Entries.Where(e => e.Outcome == ImportOutcome.Skipped), e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Rel(string relativePath) => $"{_prefix}/{relativePath}";

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, Rel(relativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private async Task<ImportReport> ImportAsync(ImportOptions? options = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
        return await importer.ImportAsync(_folder, options ?? new ImportOptions(), CancellationToken.None);
    }

    private async Task<long> ChangeNumberAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ChangeCounters.Select(c => c.Value).SingleAsync();
    }
}
