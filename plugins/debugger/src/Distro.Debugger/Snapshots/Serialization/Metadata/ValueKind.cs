namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>How a value of a type is written.</summary>
internal enum ValueKind
{
    /// <summary><c>value</c>: a primitive, string, enum, date, number and the like.</summary>
    Scalar,

    /// <summary><c>fields</c>: the members a <see cref="Shapes.MemberShape"/> reads.</summary>
    Members,

    /// <summary><c>elements</c>: an allow-listed collection.</summary>
    Elements,

    /// <summary><c>entries</c>: an allow-listed dictionary.</summary>
    Entries,

    /// <summary>An allow-listed wrapper whose elements or entries are those of the collection it wraps.</summary>
    Wrapper,

    /// <summary><c>value</c>: the target method of a delegate.</summary>
    Delegate,

    /// <summary><c>value</c>: the name of a type, member, assembly or module.</summary>
    ReflectionName,

    /// <summary>The type alone: native state or framework plumbing whose data is never read.</summary>
    Opaque,

    /// <summary>An enumerable outside the allow-list, enumerating which could run user code.</summary>
    NotEnumerable,

    /// <summary>A boxed unmanaged pointer.</summary>
    Pointer,

    /// <summary>The type could not be inspected.</summary>
    Unreadable,
}
