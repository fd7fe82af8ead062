using PlaybookPortal.Bench.Measuring;
using PlaybookPortal.Markdown;
using PlaybookPortal.Markdown.Pipeline;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// Row 1: the portal's full render of a sample of playbooks against Markdig parsing the same
/// bodies alone with the portal's own pipeline — what rendering costs beyond parsing.
/// </summary>
public static class RenderBench
{
    private const int SampleSize = 200;

    public static void Measure(string contentRoot, string size, int repeats, MeasurementLog log)
    {
        var bodies = CorpusSample.Bodies(contentRoot, SampleSize);
        var renderer = new PlaybookRenderer();
        var request = new RenderRequest(DropFirstTitleHeading: false);
        var pipeline = PlaybookPipelineFactory.Create(ElementIdPrefix.Create());

        var render = Timing.MedianMilliseconds(repeats, () =>
        {
            foreach (var body in bodies)
            {
                renderer.Render(body, request);
            }
        });
        var parse = Timing.MedianMilliseconds(repeats, () =>
        {
            foreach (var body in bodies)
            {
                Markdig.Markdown.Parse(body, pipeline);
            }
        });

        var notes = $"sum over {bodies.Count} playbooks (monsters included), median of {repeats}";
        log.Append(new Measurement("render_ms", render, "ms", size, notes));
        log.Append(new Measurement("parse_ms", parse, "ms", size, notes));
    }
}
