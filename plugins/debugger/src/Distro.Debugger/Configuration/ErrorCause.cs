namespace Distro.Debugger.Configuration;

/// <summary>Why a configuration is in <see cref="InstrumentationStatus.Error"/>; the config API knows these values only.</summary>
internal enum ErrorCause
{
    FileNotFound,
    MethodNotFound,
    LineNotExecutable,
    OverloadedMethods,
    LanguageMismatch,
    RuntimeError,
}
