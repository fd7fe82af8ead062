namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// <c>inproc --content DIR --data DIR --queries FILE --size S --out FILE</c>: the rows measured
/// inside one process (render, rebuild, raw queries, save-to-searchable).
/// </summary>
public static class InProcessCommand
{
    public static async Task<int> RunAsync(CommandArguments options)
    {
        var size = options.Required("size");
        var log = new Measuring.MeasurementLog(options.Required("out"));
        var content = options.Required("content");
        RenderBench.Measure(content, size, log);
        await Task.CompletedTask;
        return 0;
    }
}
