namespace Distro.Debugger.Configuration;

/// <summary>
/// The configured bounds of what one probe captures (<c>CaptureLimits</c> on the wire). Values are already clamped
/// to <see cref="Ranges"/> by the parser.
/// </summary>
/// <remarks>
/// <para><c>MaxHits</c>: Hits before a BREAKPOINT is disabled; null for a PROBE, which is permanent and has no hit limit.</para>
/// </remarks>
internal sealed record CodeCaptureLimits(
    int? MaxHits,
    int MaxStringLength,
    int MaxCollectionWidth,
    int MaxCollectionDepth,
    int MaxObjectDepth,
    int MaxFieldsPerObject,
    int MaxStackFrames,
    int MaxStackTraceSize)
{
    public static CodeCaptureLimits ProbeDefaults { get; } = Defaults(maxHits: null);

    public static CodeCaptureLimits BreakpointDefaults { get; } = Defaults(Ranges.MaxHits.Default);

    private static CodeCaptureLimits Defaults(int? maxHits) => new(
        maxHits,
        Ranges.MaxStringLength.Default,
        Ranges.MaxCollectionWidth.Default,
        Ranges.MaxCollectionDepth.Default,
        Ranges.MaxObjectDepth.Default,
        Ranges.MaxFieldsPerObject.Default,
        Ranges.MaxStackFrames.Default,
        Ranges.MaxStackTraceSize.Default);

    /// <summary>
    /// What a production agent accepts: generous enough for real debugging, small enough that one snapshot stays
    /// well under the OTLP request limit and the per-snapshot time budget.
    /// </summary>
    internal static class Ranges
    {
        public static readonly LimitRange MaxHits = new(1, 1000, 100);
        public static readonly LimitRange MaxStringLength = new(1, 32768, 255);
        public static readonly LimitRange MaxCollectionWidth = new(1, 1000, 20);
        public static readonly LimitRange MaxCollectionDepth = new(1, 20, 3);
        public static readonly LimitRange MaxObjectDepth = new(1, 20, 3);
        public static readonly LimitRange MaxFieldsPerObject = new(1, 1000, 20);
        public static readonly LimitRange MaxStackFrames = new(0, 200, 20);
        public static readonly LimitRange MaxStackTraceSize = new(1, 10000, 200);
    }
}
