using System.Diagnostics;

namespace PlaybookPortal.Bench.Measuring;

/// <summary>Stopwatch helpers: time one action in milliseconds, or the median of repeats.</summary>
public static class Timing
{
    public static double Milliseconds(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    public static async Task<double> MillisecondsAsync(Func<Task> action)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>Runs <paramref name="action"/> once to warm up, then <paramref name="repeats"/> times; the median.</summary>
    public static double MedianMilliseconds(int repeats, Action action)
    {
        action();
        var times = new List<double>(repeats);
        for (var i = 0; i < repeats; i++)
        {
            times.Add(Milliseconds(action));
        }

        return Percentiles.Median(times);
    }
}
