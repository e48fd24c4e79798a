namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>How a scalar's text is produced.</summary>
internal enum ScalarKind
{
    None,
    String,
    Boolean,
    Char,

    /// <summary>A BCL <see cref="ISpanFormattable"/> formatted with the invariant culture and a fixed format.</summary>
    Formattable,
    BigInteger,
    Uri,
    StringBuilder,
}
