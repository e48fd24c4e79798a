namespace Distro.IL.Codec;

/// <summary>An exception clause as stored in an exception handling section: offsets and lengths in bytes.</summary>
internal readonly record struct ExceptionClauseRecord(
    ExceptionClauseKind Kind,
    uint TryOffset,
    uint TryLength,
    uint HandlerOffset,
    uint HandlerLength,
    uint ClassTokenOrFilterOffset)
{
    public bool FitsSmallFormat =>
        TryOffset <= ushort.MaxValue && TryLength <= byte.MaxValue &&
        HandlerOffset <= ushort.MaxValue && HandlerLength <= byte.MaxValue;
}
