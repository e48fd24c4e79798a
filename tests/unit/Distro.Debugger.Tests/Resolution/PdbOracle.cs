using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Distro.Debugger.Tests.Resolution;

/// <summary>Reads a method's sequence points straight from the PDB beside its assembly, to check what the resolver bound.</summary>
internal static class PdbOracle
{
    public static int[] OffsetsOfLine(MethodBase method, int line)
    {
        using var stream = File.OpenRead(Path.ChangeExtension(method.Module.Assembly.Location, ".pdb"));
        using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        var reader = provider.GetMetadataReader();
        var handle = MetadataTokens.MethodDebugInformationHandle(MetadataTokens.GetRowNumber(MetadataTokens.EntityHandle(method.MetadataToken)));
        return
        [
            .. reader.GetMethodDebugInformation(handle).GetSequencePoints()
                .Where(point => !point.IsHidden && point.StartLine == line)
                .Select(point => point.Offset),
        ];
    }
}
