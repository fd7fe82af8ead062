using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using PlaybookPortal.Web.Backups;
using PlaybookPortal.Web.Operator;

namespace PlaybookPortal.Web.Tests.Operator;

/// <summary>
/// What <c>restore</c> and <c>backup</c> refuse without a running portal: files that are not
/// backups, a server database, and the command line's shape.
/// </summary>
public sealed class RestoreRefusalTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("portal-restore-").FullName;

    private string Data => Path.Combine(_root, "data");

    public static TheoryData<string> ForeignFiles => ["text", "no-manifest", "future-format", "garbage-db", "foreign-db"];

    [Theory]
    [MemberData(nameof(ForeignFiles))]
    public async Task Restore_FileThatIsNotABackup_IsRefusedAndLeavesTheDataFolderAsItWas(string kind)
    {
        var archive = Path.Combine(_root, kind + ".zip");
        Write(kind, archive);
        Directory.CreateDirectory(Path.Combine(Data, "index"));

        var (exitCode, output) = await InProcessVerbs.RestoreAsync(Data, archive);

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot be restored", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Data, "*", SearchOption.AllDirectories));
        Assert.Equal([Path.Combine(Data, "index")], Directory.GetDirectories(Data));
    }

    [Fact]
    public async Task Restore_MissingFile_IsRefused()
    {
        var (exitCode, output) = await InProcessVerbs.RestoreAsync(Data, Path.Combine(_root, "absent.zip"));

        Assert.Equal(1, exitCode);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Data));
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("restore")]
    public async Task Verb_WithAServerDatabaseConfigured_PointsToPgDumpAndExitsTwo(string verb)
    {
        var file = Path.Combine(_root, "backup.zip");
        var (exitCode, output) = verb == "backup"
            ? await InProcessVerbs.BackupAsync(Data, file, "--Portal:Database=postgres")
            : await InProcessVerbs.RestoreAsync(Data, file, "--Portal:Database=postgres");

        Assert.Equal(2, exitCode);
        Assert.Contains("pg_dump", output, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Backup_WithoutADatabase_SaysSoAndWritesNothing()
    {
        var file = Path.Combine(_root, "backup.zip");

        var (exitCode, output) = await InProcessVerbs.BackupAsync(Data, file);

        Assert.Equal(1, exitCode);
        Assert.Contains("there is no database", output, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Parse_BackupWithForceAndHostSettings_SeparatesThem()
    {
        var verb = OperatorVerb.Parse(["backup", "nightly.zip", "--force", "--Portal:DataPath=/srv/data"]);

        var backup = Assert.IsType<BackupVerb>(verb);
        Assert.Equal("nightly.zip", backup.File);
        Assert.True(backup.Force);
        Assert.Equal(["--Portal:DataPath=/srv/data"], backup.HostArgs);
        Assert.Equal("nightly.zip", Assert.IsType<RestoreVerb>(OperatorVerb.Parse(["restore", "nightly.zip"])).File);
    }

    [Fact]
    public async Task Restore_ThroughTheExecutable_RestoresWithoutPreparingADatabaseFirst()
    {
        var source = Path.Combine(_root, "source.db");
        CreatePortalShapedDatabase(source, users: 2);
        var archive = Path.Combine(_root, "backup.zip");
        WriteArchive(archive, source, users: 2);

        var (exitCode, output) = await RunExecutableAsync("restore", archive);

        Assert.True(exitCode == 0, output);
        Assert.Contains("2 users", output, StringComparison.Ordinal);
        Assert.Equal("2", BackupFiles.Scalar(Path.Combine(Data, "portal.db"), "SELECT COUNT(*) FROM AspNetUsers"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private void Write(string kind, string archive)
    {
        var manifest = Encoding.UTF8.GetBytes(Manifest(users: 0).ToJson());
        switch (kind)
        {
            case "text":
                File.WriteAllText(archive, "name,email\nnot,a zip\n");
                break;
            case "no-manifest":
                BackupFiles.WriteZip(archive, ("portal.db", [1, 2, 3]));
                break;
            case "future-format":
                BackupFiles.WriteZip(archive, ("manifest.json",
                    Encoding.UTF8.GetBytes((Manifest(users: 0) with { FormatVersion = 99 }).ToJson())), ("portal.db", [1]));
                break;
            case "garbage-db":
                BackupFiles.WriteZip(archive, ("manifest.json", manifest),
                    ("portal.db", Encoding.UTF8.GetBytes(new string('x', 8192))));
                break;
            default:
                var foreign = Path.Combine(_root, "foreign.db");
                using (var connection = new SqliteConnection($"Data Source={foreign};Pooling=False"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "CREATE TABLE Invoices (Id INTEGER PRIMARY KEY)";
                    command.ExecuteNonQuery();
                }

                BackupFiles.WriteZip(archive, ("manifest.json", manifest), ("portal.db", File.ReadAllBytes(foreign)));
                File.Delete(foreign);
                break;
        }
    }

    private static BackupManifest Manifest(int users) =>
        new(BackupManifest.CurrentFormatVersion, DateTimeOffset.UtcNow, "test", null, 0, 0, users, 0);

    private static void WriteArchive(string archive, string database, int users) =>
        BackupFiles.WriteZip(archive, ("manifest.json", Encoding.UTF8.GetBytes(Manifest(users).ToJson())),
            ("portal.db", File.ReadAllBytes(database)));

    // The tables a restore checks for, with no migration recorded: a real start would migrate it.
    private static void CreatePortalShapedDatabase(string file, int users)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = string.Join(';', DatabaseFacts.RequiredTables.Select(t => $"CREATE TABLE \"{t}\" (Id TEXT)"))
            + ";ALTER TABLE ChangeCounters ADD COLUMN Value INTEGER;ALTER TABLE \"__EFMigrationsHistory\" ADD COLUMN MigrationId TEXT;"
            + string.Concat(Enumerable.Range(0, users).Select(u => $"INSERT INTO AspNetUsers (Id) VALUES ('u{u}');"));
        command.ExecuteNonQuery();
    }

    private async Task<(int ExitCode, string Output)> RunExecutableAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlaybookPortal.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add($"--Portal:DataPath={Data}");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
