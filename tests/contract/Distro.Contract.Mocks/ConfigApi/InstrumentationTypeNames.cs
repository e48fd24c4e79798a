namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>The wire spelling of <see cref="InstrumentationType"/>: "PROBE" and "BREAKPOINT", exactly.</summary>
internal static class InstrumentationTypeNames
{
    public static string ToWire(InstrumentationType type) => type switch
    {
        InstrumentationType.Probe => "PROBE",
        InstrumentationType.Breakpoint => "BREAKPOINT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParse(string? wire, out InstrumentationType type)
    {
        switch (wire)
        {
            case "PROBE":
                type = InstrumentationType.Probe;
                return true;
            case "BREAKPOINT":
                type = InstrumentationType.Breakpoint;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
