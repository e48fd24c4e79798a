using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Distro.IL.Codec;

namespace Distro.Runtime.Tests;

/// <summary>The IL a fixture method was compiled to, read from its assembly file: what a scenario's line really is.</summary>
internal static class CompiledIL
{
    /// <summary>The IL offsets the method's <c>switch</c> instructions jump to.</summary>
    public static IReadOnlyList<int> SwitchTargetOffsets(MethodBase method)
    {
        using var assembly = new PEReader(File.OpenRead(method.Module.Assembly.Location));
        var definition = assembly.GetMetadataReader().GetMethodDefinition((MethodDefinitionHandle)MetadataTokens.EntityHandle(method.MetadataToken));
        var body = ILMethodBody.Decode(assembly.GetSectionData(definition.RelativeVirtualAddress).GetContent().AsSpan());
        return [.. body.Instructions.SelectMany(instruction => instruction.SwitchTargets ?? []).Select(target => target.OriginalOffset)];
    }
}
