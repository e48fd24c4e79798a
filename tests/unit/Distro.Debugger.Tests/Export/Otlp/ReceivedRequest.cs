namespace Distro.Debugger.Tests.Export.Otlp;

/// <summary>A request as the fake collector received it: header names in lower case, body already decompressed.</summary>
internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);
