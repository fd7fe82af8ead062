using System.Text;
using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Core.Tests.Csv;

/// <summary>Writes and reads CSV through memory, as bytes, the way a downloaded file travels.</summary>
internal static class CsvText
{
    public static async Task<byte[]> WriteAsync(IReadOnlyList<string> header, params IReadOnlyList<CsvCell>[] rows)
    {
        using var stream = new MemoryStream();
        await using (var writer = new PortalCsvWriter(stream, leaveOpen: true))
        {
            await writer.WriteHeaderAsync(header, CancellationToken.None);
            foreach (var row in rows)
            {
                await writer.WriteRowAsync(row, CancellationToken.None);
            }
        }

        return stream.ToArray();
    }

    public static Task<CsvReadResult> ReadAsync(string text, params string[] required) =>
        ReadAsync(Encoding.UTF8.GetBytes(text), required);

    public static async Task<CsvReadResult> ReadAsync(byte[] bytes, params string[] required)
    {
        using var stream = new MemoryStream(bytes);
        return await PortalCsvReader.ReadAsync(stream, required, CancellationToken.None);
    }
}
