using System.Reflection;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Flat;

/// <summary>A <see cref="bool"/> field, read without boxing.</summary>
internal sealed class BooleanFlatValue(FieldInfo field, TypeMetadata metadata, bool compile) : FlatValue
{
    private readonly Func<object, bool> _read = FieldReader.For<bool>(field, compile);
    private readonly byte[] _prefix = metadata.WholeValuePrefix!;

    public override long MaxLength(int maxStringLength) => ScalarWriter.MaxWholeValueLength;

    public override bool TryFormat(object instance, Span<byte> json, ref int position, int maxStringLength)
    {
        if (!ScalarWriter.TryFormatWholeBoolean(_prefix, _read(instance), json[position..], out var written))
        {
            return false;
        }

        position += written;
        return true;
    }
}
