namespace Distro.Debugger.Status;

/// <summary>The statuses a configuration has had reported.</summary>
[Flags]
internal enum ReportedStatuses
{
    None = 0,
    Ready = 1,
    Error = 2,
    Disabled = 4,
    Active = 8,
}
