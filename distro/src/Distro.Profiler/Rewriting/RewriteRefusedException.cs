using Distro.Profiler.ReJit;

namespace Distro.Profiler.Rewriting;

/// <summary>A method the profiler will not rewrite, with the reason managed code reports.</summary>
internal sealed class RewriteRefusedException(FailureKind failure, string message, int hresult = unchecked((int)0x80004005))
    : Exception(message)
{
    public FailureKind Failure { get; } = failure;

    public new int HResult { get; } = hresult;
}
