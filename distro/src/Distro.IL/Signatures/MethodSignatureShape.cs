using System.Reflection.Metadata;

namespace Distro.IL.Signatures;

/// <summary>What a method signature declares besides its types.</summary>
internal readonly record struct MethodSignatureShape(SignatureHeader Header, int GenericParameterCount, int? SentinelIndex);
