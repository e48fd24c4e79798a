using System.Diagnostics;

namespace Distro.Contract.Tests.Mocks;

/// <summary>Makes activities of a source exist (and be recorded) without a tracer provider.</summary>
internal static class ActivityListeners
{
    public static ActivityListener SampleAll(string sourceName)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == sourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
