namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>What the scenarios probe in one framework's app; the scenarios themselves are the same for every framework.</summary>
public sealed record FrameworkTargets
{
    /// <summary>A synchronous method with arguments of several kinds that returns an object.</summary>
    public required ProbeCase Priced { get; init; }

    /// <summary>The handler that calls <see cref="Priced"/>'s method, returning after it in the same request.</summary>
    public required ProbeLocation PricedCaller { get; init; }

    /// <summary>What a method probe on <see cref="PricedCaller"/> holds: the request as the framework bound it.</summary>
    public required IReadOnlyList<ExpectedCapture> PricedCallerCaptures { get; init; }

    /// <summary>The return line of <see cref="Priced"/>'s method, where all its locals are set.</summary>
    public required ProbeCase PricedReturnLine { get; init; }

    /// <summary>A line of a handler itself (an action, a route handler lambda, a service method), where its locals are set.</summary>
    public required ProbeCase HandlerLine { get; init; }

    /// <summary>A handler that always throws, and the framework's normal answer to that.</summary>
    public required ProbeCase Throwing { get; init; }

    /// <summary>An async handler that really suspends.</summary>
    public required ProbeCase AsyncHandler { get; init; }

    public required CaptureLimitCase Limits { get; init; }
}
