using System.Text.Json;

namespace PlaybookPortal.Bench.Measuring;

/// <summary>Appends and reads measurement JSON lines; appending lets several steps share one file.</summary>
public sealed class MeasurementLog(string path)
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    public void Append(Measurement measurement)
    {
        File.AppendAllText(path, JsonSerializer.Serialize(measurement, JsonOptions) + "\n");
        Console.WriteLine($"  {measurement.Size} {measurement.Name} = {measurement.Value:0.###} {measurement.Unit}");
    }

    public IReadOnlyList<Measurement> ReadAll() => File.Exists(path)
        ? File.ReadAllLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<Measurement>(line, JsonOptions)!)
            .ToList()
        : [];
}
