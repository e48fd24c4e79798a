namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>What an object-like value shows under <c>fields</c>, read without running user code.</summary>
internal abstract class MemberShape
{
    /// <summary>Reads the first members into <paramref name="destination"/>; returns how many members the value has.</summary>
    public abstract int Read(object instance, Span<MemberValue> destination);
}
