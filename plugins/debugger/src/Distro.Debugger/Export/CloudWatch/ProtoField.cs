namespace Distro.Debugger.Export.CloudWatch;

/// <summary>One field of a protobuf message: <c>Encoded</c> is the whole field (tag included), <c>Payload</c> a length-delimited field's content.</summary>
internal readonly record struct ProtoField(int Number, int WireType, ReadOnlyMemory<byte> Encoded, ReadOnlyMemory<byte> Payload);
