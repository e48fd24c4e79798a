using System.Reflection;

namespace Distro.Debugger.Resolution;

/// <summary>One method to instrument.</summary>
/// <param name="Method">The method whose IL is rewritten: for a line in an async method or iterator, its MoveNext.</param>
/// <param name="UserMethod">
/// The method the user wrote: the kickoff method of a state machine, the method that declares a lambda or a local
/// function, otherwise <paramref name="Method"/> itself.
/// </param>
/// <param name="DisplayName">
/// A readable name: <c>Type.Method</c>; <c>Type.&lt;Method&gt;b__0_0</c> for a lambda (the compiler's name, which names
/// the enclosing method and tells lambdas apart); <c>Type.Method.Local</c> for a local function. Nested types are
/// joined with dots, generic types shown as <c>Box&lt;T&gt;</c>; no namespace.
/// </param>
/// <param name="Line">For a line probe, where the line bound; null for a method probe.</param>
internal sealed record ResolvedTarget(MethodBase Method, MethodBase UserMethod, string DisplayName, LineBinding? Line);
