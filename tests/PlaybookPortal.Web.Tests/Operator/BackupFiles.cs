using System.IO.Compression;
using Microsoft.Data.Sqlite;
using PlaybookPortal.Web.Backups;

namespace PlaybookPortal.Web.Tests.Operator;

/// <summary>Opens backup archives the way an operator would inspect them.</summary>
internal static class BackupFiles
{
    public static BackupManifest Manifest(string archive)
    {
        using var zip = ZipFile.OpenRead(archive);
        using var reader = new StreamReader(zip.GetEntry(BackupArchive.ManifestEntry)!.Open());
        return BackupManifest.TryParse(reader.ReadToEnd())!;
    }

    /// <summary>Extracts the archived database into <paramref name="folder"/> and returns its path.</summary>
    public static string ExtractDatabase(string archive, string folder)
    {
        var file = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db");
        using var zip = ZipFile.OpenRead(archive);
        zip.GetEntry(BackupArchive.DatabaseEntry)!.ExtractToFile(file);
        return file;
    }

    public static string Scalar(string databaseFile, string sql)
    {
        using var connection = new SqliteConnection(
            SqliteSnapshot.ConnectionString(databaseFile, SqliteOpenMode.ReadOnly));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    /// <summary>A zip with the given entries, for files that only look like backups.</summary>
    public static void WriteZip(string archive, params (string Name, byte[] Content)[] entries)
    {
        using var zip = ZipFile.Open(archive, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(content);
        }
    }
}
