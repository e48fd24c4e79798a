namespace Distro.Debugger.Configuration;

internal enum CaptureSelectionMode
{
    None,
    All,
    Named,
}
