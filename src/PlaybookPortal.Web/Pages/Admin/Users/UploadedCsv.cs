using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PlaybookPortal.Web.Pages.Admin.Users;

/// <summary>Reads an uploaded CSV file as text, or says next to the field why it cannot.</summary>
internal static class UploadedCsv
{
    public static async Task<string?> ReadAsync(IFormFile? upload, int maxBytes, ModelStateDictionary modelState,
        string field, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            modelState.AddModelError(field, "Choose a CSV file to upload.");
            return null;
        }

        if (upload.Length > maxBytes)
        {
            var size = string.Create(CultureInfo.InvariantCulture,
                $"The file has {upload.Length / 1024} KB; the limit is {maxBytes / 1024} KB.");
            modelState.AddModelError(field, size + " Split it into several files.");
            return null;
        }

        try
        {
            var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            await using var stream = upload.OpenReadStream();
            using var reader = new StreamReader(stream, strictUtf8, detectEncodingFromByteOrderMarks: true);
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            modelState.AddModelError(field,
                "The file is not UTF-8 text; save it as \"CSV UTF-8\" and upload it again.");
            return null;
        }
    }
}
