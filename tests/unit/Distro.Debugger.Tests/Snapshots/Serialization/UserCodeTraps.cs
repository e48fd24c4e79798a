using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

/// <summary>Records every call into user code that the serializer must never make.</summary>
public sealed class CallRecorder
{
    private readonly ConcurrentQueue<string> _calls = new();

    /// <summary>Calls made while setting a test up (building a dictionary hashes its keys) are not recorded.</summary>
    public bool IsArmed { get; set; } = true;

    public IReadOnlyCollection<string> Calls => _calls;

    public void Record(string member)
    {
        if (IsArmed)
        {
            _calls.Enqueue(member);
        }
    }
}

/// <summary>A type every one of whose members that could be called on a value records the call and throws.</summary>
public sealed class Trap(CallRecorder recorder)
{
    private readonly int _luckyNumber = 7;

    public int Number
    {
        get
        {
            recorder.Record("get_Number");
            throw new InvalidOperationException("A property getter ran.");
        }
    }

    public int this[int index]
    {
        get
        {
            recorder.Record("indexer");
            throw new InvalidOperationException("An indexer ran.");
        }
    }

    public int Peek() => _luckyNumber;

    public override string ToString()
    {
        recorder.Record("ToString");
        throw new InvalidOperationException("ToString ran.");
    }

    public override bool Equals(object? obj)
    {
        recorder.Record("Equals");
        return ReferenceEquals(this, obj);
    }

    public override int GetHashCode()
    {
        recorder.Record("GetHashCode");
        return 1;
    }
}

/// <summary>A user enumerable whose enumeration would be user code.</summary>
public sealed class RecordingEnumerable(CallRecorder recorder) : IEnumerable<int>
{
    private readonly int[] _items = [1, 2];

    public IEnumerator<int> GetEnumerator()
    {
        recorder.Record("GetEnumerator");
        return ((IEnumerable<int>)_items).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A user query whose provider would run a query against a database.</summary>
public sealed class RecordingQueryable(CallRecorder recorder) : IQueryable<int>, IQueryProvider
{
    public Type ElementType => typeof(int);

    public Expression Expression => Expression.Constant(this);

    public IQueryProvider Provider => this;

    public IEnumerator<int> GetEnumerator()
    {
        recorder.Record("GetEnumerator");
        return Enumerable.Empty<int>().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IQueryable CreateQuery(Expression expression)
    {
        recorder.Record("CreateQuery");
        return this;
    }

    public IQueryable<TElement> CreateQuery<TElement>(Expression expression)
    {
        recorder.Record("CreateQuery");
        throw new InvalidOperationException("A query was built.");
    }

    public object? Execute(Expression expression)
    {
        recorder.Record("Execute");
        return null;
    }

    public TResult Execute<TResult>(Expression expression)
    {
        recorder.Record("Execute");
        return default!;
    }
}

/// <summary>A List subclass that re-implements enumeration: the serializer must use List's own.</summary>
public sealed class ReimplementingList(CallRecorder recorder) : List<int>, IEnumerable<int>
{
    IEnumerator<int> IEnumerable<int>.GetEnumerator()
    {
        recorder.Record("GetEnumerator");
        return Enumerable.Empty<int>().GetEnumerator();
    }
}

/// <summary>A Hashtable subclass overriding its virtual members: not the allow-listed BCL type.</summary>
public sealed class OverridingHashtable(CallRecorder recorder) : Hashtable
{
    public override int Count
    {
        get
        {
            recorder.Record("Count");
            return 0;
        }
    }

    public override IDictionaryEnumerator GetEnumerator()
    {
        recorder.Record("GetEnumerator");
        return base.GetEnumerator();
    }
}

/// <summary>A comparer that must not run while a dictionary is read.</summary>
public sealed class RecordingComparer(CallRecorder recorder) : IEqualityComparer<string>, IComparer<string>
{
    public bool Equals(string? x, string? y)
    {
        recorder.Record("Equals");
        return string.Equals(x, y, StringComparison.Ordinal);
    }

    public int GetHashCode(string obj)
    {
        recorder.Record("GetHashCode");
        return StringComparer.Ordinal.GetHashCode(obj);
    }

    public int Compare(string? x, string? y)
    {
        recorder.Record("Compare");
        return string.CompareOrdinal(x, y);
    }
}

/// <summary>A user list behind a BCL wrapper: reading the wrapper must not reach it.</summary>
public sealed class RecordingList(CallRecorder recorder) : IList<int>, IDictionary<string, int>
{
    public int Count
    {
        get
        {
            recorder.Record("Count");
            return 0;
        }
    }

    public bool IsReadOnly => Record(false);

    public ICollection<string> Keys => Record(Array.Empty<string>());

    public ICollection<int> Values => Record(Array.Empty<int>());

    public int this[int index]
    {
        get => Record(0);
        set => Record(value);
    }

    public int this[string key]
    {
        get => Record(0);
        set => Record(value);
    }

    public IEnumerator<int> GetEnumerator() => Record(Enumerable.Empty<int>().GetEnumerator());

    IEnumerator<KeyValuePair<string, int>> IEnumerable<KeyValuePair<string, int>>.GetEnumerator() =>
        Record(Enumerable.Empty<KeyValuePair<string, int>>().GetEnumerator());

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int IndexOf(int item) => Record(-1);

    public void Insert(int index, int item) => Record(item);

    public void RemoveAt(int index) => Record(index);

    public void Add(int item) => Record(item);

    public void Add(string key, int value) => Record(value);

    public void Add(KeyValuePair<string, int> item) => Record(item);

    public void Clear() => Record(0);

    public bool Contains(int item) => Record(false);

    public bool Contains(KeyValuePair<string, int> item) => Record(false);

    public bool ContainsKey(string key) => Record(false);

    public void CopyTo(int[] array, int arrayIndex) => Record(arrayIndex);

    public void CopyTo(KeyValuePair<string, int>[] array, int arrayIndex) => Record(arrayIndex);

    public bool Remove(int item) => Record(false);

    public bool Remove(string key) => Record(false);

    public bool Remove(KeyValuePair<string, int> item) => Record(false);

    public bool TryGetValue(string key, out int value)
    {
        value = 0;
        return Record(false);
    }

    private T Record<T>(T result)
    {
        recorder.Record("IList or IDictionary member");
        return result;
    }
}

/// <summary>A framework reflection wrapper whose name comes from user code.</summary>
public sealed class RecordingTypeDelegator(CallRecorder recorder) : System.Reflection.TypeDelegator(typeof(int))
{
    public override string Name
    {
        get
        {
            recorder.Record("Name");
            return "user";
        }
    }

    public override string? Namespace
    {
        get
        {
            recorder.Record("Namespace");
            return "user";
        }
    }
}

/// <summary>A property whose getter would block the application thread.</summary>
public sealed class BlockingGetter(CallRecorder recorder)
{
    private readonly ManualResetEventSlim _never = new(false);

    public int Value
    {
        get
        {
            recorder.Record("get_Value");
            _never.Wait(TimeSpan.FromSeconds(5));
            return 0;
        }
    }
}

/// <summary>Set by <see cref="StaticInitTrap"/>'s static constructor, observable without touching that type.</summary>
public static class StaticInitProbe
{
    public static bool Ran { get; set; }
}

/// <summary>
/// A type whose static constructor must never run because of the serializer. An explicit static constructor
/// (no beforefieldinit) runs exactly at the first instance creation or static member access, never earlier.
/// No test creates an instance or touches a static member of it.
/// </summary>
public sealed class StaticInitTrap
{
    public static readonly int Seed;

    public int Value;

    static StaticInitTrap()
    {
        StaticInitProbe.Ran = true;
        Seed = 1;
    }
}

public sealed class TrapHolder
{
    public StaticInitTrap? Trap;
    public List<StaticInitTrap> Traps = [];
    public StaticInitTrap[] TrapArray = new StaticInitTrap[2];
    public Type TrapType = typeof(StaticInitTrap);
}
