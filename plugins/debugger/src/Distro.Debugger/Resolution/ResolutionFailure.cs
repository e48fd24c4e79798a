namespace Distro.Debugger.Resolution;

/// <summary>Why a location could not be turned into methods to instrument.</summary>
internal enum ResolutionFailure
{
    /// <summary>No loaded assembly's symbols have a document that matches the file path.</summary>
    FileNotFound,

    /// <summary>No such type or method, or the overload list matches no method.</summary>
    MethodNotFound,

    /// <summary>The file is known, but no method has code at or after that line within the method.</summary>
    LineNotExecutable,

    /// <summary>The target is the runtime's own code or the distro's: it is never instrumented.</summary>
    Refused,

    /// <summary>A line probe needs a portable PDB that matches the assembly, and there is none.</summary>
    SymbolsUnavailable,

    /// <summary>Resolution itself failed unexpectedly; the message carries the exception.</summary>
    InternalError,
}
