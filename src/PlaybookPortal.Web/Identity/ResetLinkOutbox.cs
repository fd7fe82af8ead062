using System.Globalization;
using System.Text;

namespace PlaybookPortal.Web.Identity;

/// <summary>
/// Without a mail server, password-reset messages are written as files to the data folder,
/// readable only by the portal's own user, where an operator can pick them up.
/// </summary>
public sealed partial class ResetLinkOutbox(Hosting.PortalPaths paths, TimeProvider time,
    ILogger<ResetLinkOutbox> logger)
{
    public async Task WriteAsync(string userId, string email, string link, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.OutboxFolder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(paths.OutboxFolder,
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var now = time.GetUtcNow();
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{now:yyyyMMdd-HHmmss}-reset-{userId}-{Guid.NewGuid():N}.txt");
        var path = Path.Combine(paths.OutboxFolder, name);
        var message = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"To: {email}")
            .AppendLine("Subject: Reset your Playbook Portal password")
            .AppendLine()
            .AppendLine("Open this link to choose a new password (valid for a limited time):")
            .AppendLine(link)
            .ToString();

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(path, options))
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            await writer.WriteAsync(message.AsMemory(), cancellationToken);
        }

        LogResetWritten(userId, name);
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information,
        Message = "Password reset message for user {UserId} written to the outbox as {FileName}")]
    private partial void LogResetWritten(string userId, string fileName);
}
