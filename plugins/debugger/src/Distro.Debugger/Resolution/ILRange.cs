namespace Distro.Debugger.Resolution;

/// <summary>IL offsets [Start, Start + Length).</summary>
internal readonly record struct ILRange(int Start, int Length)
{
    public bool Contains(int offset) => offset >= Start && offset < Start + Length;
}
