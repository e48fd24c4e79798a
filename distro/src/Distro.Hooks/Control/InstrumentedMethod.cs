using System.Reflection;
using System.Runtime.CompilerServices;

namespace Distro.Hooks.Control;

/// <summary>A method instrumented through <see cref="MethodInstrumenter"/>; disposing it restores the original code.</summary>
public sealed class InstrumentedMethod : IDisposable
{
    private readonly InstrumentationStatus? _refusal;
    private readonly string _description;
    private StrongBox<InstrumentationStatus>? _refusedUpdate;
    private long _requestId;

    internal InstrumentedMethod(MethodBase method)
    {
        Method = method;
        _description = DescriptionOf(method);
    }

    internal InstrumentedMethod(MethodBase method, InstrumentationStatus refusal)
        : this(method)
    {
        _refusal = refusal;
    }

    /// <summary>A refusal for a method that could not be found, named by <paramref name="description"/>.</summary>
    internal InstrumentedMethod(string description, InstrumentationStatus refusal)
    {
        _description = description;
        _refusal = refusal;
    }

    /// <summary>The method; null when it was asked for by a module and token that name no method.</summary>
    public MethodBase? Method { get; }

    /// <summary>The ids the rewritten IL passes to the hooks: the method probe's (if any) first, then the line probes'.</summary>
    public IReadOnlyList<int> ProbeIds { get; internal set; } = [];

    internal bool IsRemoved { get; set; }

    /// <summary>
    /// The current status: of the latest rewrite, or after <see cref="Dispose"/> of the revert. When the latest
    /// <see cref="Update"/> was refused, that refusal (the probes before it stay armed).
    /// </summary>
    public InstrumentationStatus Status => WaitForStatus(TimeSpan.Zero);

    /// <summary>Waits until the profiler's thread has processed the latest request (or the timeout passes) and returns its status.</summary>
    public InstrumentationStatus WaitForStatus(TimeSpan timeout) =>
        _refusal ?? Volatile.Read(ref _refusedUpdate)?.Value ?? MethodInstrumenter.QueryStatus(Interlocked.Read(ref _requestId), timeout);

    /// <summary>Replaces every probe on the method with <paramref name="instrumentation"/>, as one new rewrite.</summary>
    public void Update(MethodInstrumentation instrumentation)
    {
        ArgumentNullException.ThrowIfNull(instrumentation);
        if (_refusal is null && Method is { } method)
        {
            MethodInstrumenter.Update(this, method, instrumentation);
        }
    }

    /// <summary>Stops the probes and asks the profiler to restore the method's original code.</summary>
    public void Dispose()
    {
        if (_refusal is null && Method is { } method)
        {
            MethodInstrumenter.Remove(this, method);
        }
    }

    internal void SetRequest(long requestId)
    {
        Interlocked.Exchange(ref _requestId, requestId);
        Volatile.Write(ref _refusedUpdate, null);
    }

    internal void RefuseUpdate(InstrumentationStatus refusal) => Volatile.Write(ref _refusedUpdate, new StrongBox<InstrumentationStatus>(refusal));

    public override string ToString() => _description;

    private static string DescriptionOf(MethodBase method) => $"{method.DeclaringType?.FullName}.{method.Name}";
}
