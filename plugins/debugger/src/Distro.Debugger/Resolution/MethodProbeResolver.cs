using System.Reflection;

namespace Distro.Debugger.Resolution;

/// <summary>Resolves a method probe (line 0): code unit, class name and method name to every matching method.</summary>
internal sealed class MethodProbeResolver(AssemblyCatalog catalog, UnloadedAssemblies unloaded)
{
    private const int MaxListedOverloads = 10;

    public ResolutionResult Resolve(TargetLocation location)
    {
        if (!ClassNamePattern.TryParse(location.ClassName, out var classPattern, out var error)
            || !MethodNamePattern.TryParse(location.MethodName, out var methodPattern, out error))
        {
            return new FailedResolution(ResolutionFailure.MethodNotFound, error);
        }

        var loaded = catalog.Loaded();
        var allowed = loaded.Where(assembly => RefusedAssemblies.WhyRefused(AssemblySimpleNames.Of(assembly)) is null);
        var types = TypeLocator.Find(allowed, classPattern, location.CodeUnit);
        if (types.Count == 0)
        {
            return TypeNotLoaded(location, classPattern, loaded);
        }

        var methods = types.SelectMany(type => MethodLocator.Find(type, methodPattern)).ToList();
        if (methods.Count == 0)
        {
            return new FailedResolution(ResolutionFailure.MethodNotFound, NoMatchingMethod(types, methodPattern, location.MethodName));
        }

        return new ResolvedTargets(methods.Select(Target).ToList());
    }

    private static ResolvedTarget Target(MethodBase method)
    {
        var (userMethod, displayName) = UserMethods.Describe(method, symbols: null);
        return new ResolvedTarget(method, userMethod, displayName, Line: null);
    }

    private ResolutionResult TypeNotLoaded(TargetLocation location, ClassNamePattern classPattern, IReadOnlyList<Assembly> loaded)
    {
        var typeName = location.CodeUnit.Length > 0 ? $"{location.CodeUnit}.{classPattern}" : classPattern.ToString();
        if ((RefusedAssemblies.WhyRefused(location.CodeUnit) ?? RefusedAssemblies.WhyRefused(classPattern.ToString())) is { } reason)
        {
            return new FailedResolution(ResolutionFailure.Refused, reason);
        }

        var waitingFor = unloaded.Defining(classPattern, location.CodeUnit, loaded);
        if (waitingFor.Count > 0)
        {
            return new PendingResolution(location, waitingFor, $"{typeName} is defined in {string.Join(", ", waitingFor)}, which the application has not loaded yet");
        }

        return new FailedResolution(ResolutionFailure.MethodNotFound, $"no loaded assembly defines a type {typeName}");
    }

    private static string NoMatchingMethod(IReadOnlyList<Type> types, MethodNamePattern pattern, string requested)
    {
        var named = types.SelectMany(type => MethodLocator.Named(type, pattern.Name)).ToList();
        var typeNames = string.Join(", ", types.Select(type => type.FullName ?? type.Name).Distinct());
        if (named.Count == 0)
        {
            return $"{typeNames} has no method {pattern.Name}";
        }

        var overloads = named.Take(MaxListedOverloads).Select(Signature);
        var more = named.Count > MaxListedOverloads ? $" and {named.Count - MaxListedOverloads} more" : string.Empty;
        var concrete = named.Any(method => !method.IsAbstract) ? string.Empty : " (all abstract: name an implementation)";
        return $"no method of {typeNames} matches {requested}; its overloads are {string.Join("; ", overloads)}{more}{concrete}";
    }

    private static string Signature(MethodBase method)
    {
        try
        {
            return $"{method.Name}({string.Join(", ", method.GetParameters().Select(parameter => TypeDisplay.Of(parameter.ParameterType)))})";
        }
        catch (Exception exception) when (exception is TypeLoadException or FileNotFoundException or FileLoadException)
        {
            return $"{method.Name}(...)";
        }
    }
}
