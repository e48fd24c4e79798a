using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

// Threading types with native or shared state: a few facts from non-virtual BCL getters, nothing else.

/// <summary>A CancellationToken: <c>IsCancellationRequested</c> and <c>CanBeCanceled</c>.</summary>
internal sealed class CancellationTokenShape : MemberShape
{
    private static readonly MemberName s_isCancellationRequested = new("IsCancellationRequested");
    private static readonly MemberName s_canBeCanceled = new("CanBeCanceled");

    public override int Read(object instance, Span<MemberValue> destination)
    {
        var token = (CancellationToken)instance;
        var buffer = new MemberBuffer(destination);
        buffer.Add(s_isCancellationRequested, token.IsCancellationRequested, typeof(bool));
        buffer.Add(s_canBeCanceled, token.CanBeCanceled, typeof(bool));
        return buffer.Count;
    }
}

/// <summary>A CancellationTokenSource: <c>IsCancellationRequested</c>.</summary>
internal sealed class CancellationTokenSourceShape : MemberShape
{
    private static readonly MemberName s_isCancellationRequested = new("IsCancellationRequested");

    public override int Read(object instance, Span<MemberValue> destination)
    {
        var buffer = new MemberBuffer(destination);
        buffer.Add(s_isCancellationRequested, ((CancellationTokenSource)instance).IsCancellationRequested, typeof(bool));
        return buffer.Count;
    }
}

/// <summary>A Thread: <c>ManagedThreadId</c> and <c>Name</c>.</summary>
internal sealed class ThreadShape : MemberShape
{
    private static readonly MemberName s_managedThreadId = new("ManagedThreadId");
    private static readonly MemberName s_name = new("Name");

    public override int Read(object instance, Span<MemberValue> destination)
    {
        var thread = (Thread)instance;
        var buffer = new MemberBuffer(destination);
        buffer.Add(s_managedThreadId, thread.ManagedThreadId, typeof(int));
        buffer.Add(s_name, thread.Name, typeof(string));
        return buffer.Count;
    }
}
