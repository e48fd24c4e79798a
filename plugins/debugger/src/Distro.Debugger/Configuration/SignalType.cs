namespace Distro.Debugger.Configuration;

/// <summary>What a configuration produces when hit. Snapshots are the only signal this plugin emits.</summary>
internal enum SignalType
{
    Snapshot,
}
