using Distro.Debugger.Configuration;
using Distro.Debugger.Resolution;

namespace Distro.Debugger.Lifecycle;

/// <summary>The status a resolution failure is reported with.</summary>
internal static class ResolutionErrors
{
    public static ErrorCause CauseOf(ResolutionFailure failure) => failure switch
    {
        ResolutionFailure.FileNotFound => ErrorCause.FileNotFound,
        ResolutionFailure.MethodNotFound => ErrorCause.MethodNotFound,
        ResolutionFailure.LineNotExecutable => ErrorCause.LineNotExecutable,
        _ => ErrorCause.RuntimeError,
    };
}
