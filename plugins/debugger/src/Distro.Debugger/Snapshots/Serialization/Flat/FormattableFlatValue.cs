using System.Reflection;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Flat;

/// <summary>A field of a fixed-size BCL scalar that formats straight to UTF-8; a struct is read and formatted without boxing.</summary>
internal sealed class FormattableFlatValue<T>(FieldInfo field, TypeMetadata metadata, bool compile) : FlatValue
    where T : IUtf8SpanFormattable
{
    private readonly Func<object, T> _read = FieldReader.For<T>(field, compile);
    private readonly byte[] _prefix = metadata.WholeValuePrefix!;
    private readonly string? _format = metadata.ScalarFormat;

    public override long MaxLength(int maxStringLength) => ScalarWriter.MaxWholeValueLength;

    public override bool TryFormat(object instance, Span<byte> json, ref int position, int maxStringLength)
    {
        // Only a class (Version) can be null; the walker writes its null.
        var value = _read(instance);
        if (value is null || !ScalarWriter.TryFormatWholeValue(_prefix, value, _format, json[position..], out var written))
        {
            return false;
        }

        position += written;
        return true;
    }
}
