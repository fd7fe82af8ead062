using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PlaybookPortal.Data.Storage;

/// <summary>Stores <see cref="DateTime"/> as UTC and marks values read back as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
