using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>Collects members into a span that may be shorter than the member list, counting them all.</summary>
internal ref struct MemberBuffer(Span<MemberValue> destination)
{
    private readonly Span<MemberValue> _destination = destination;

    public int Count { get; private set; }

    public readonly bool HasRoom => Count < _destination.Length;

    public void Add(in MemberValue member)
    {
        if (HasRoom)
        {
            _destination[Count] = member;
        }

        Count++;
    }

    public void Add(MemberName name, object? value, Type declaredType) => Add(new MemberValue(name, value, declaredType));

    public void AddFailure(MemberName name, Type declaredType, Exception error) => Add(new MemberValue(name, null, declaredType, error));

    /// <summary>Counts members that did not fit, without reading them.</summary>
    public void Skip(int count) => Count += count;
}
