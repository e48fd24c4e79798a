using System.Buffers;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

/// <summary>The warm-up at start runs the capture code over every shape of value, so the first real snapshot need not.</summary>
public class CaptureWarmUpTests
{
    [Fact]
    public void WriteSample_CapturesEveryShapeWithoutFailure()
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            CaptureWarmUp.WriteSample(writer);
        }

        var root = JsonDocument.Parse(output.WrittenMemory).RootElement;
        var fields = root.GetProperty("sample").GetProperty("fields");
        Assert.Equal("text", fields.GetProperty("Text").GetProperty("value").GetString());
        Assert.Equal(2, fields.GetProperty("Counts").GetProperty("elements").GetArrayLength());
        Assert.Equal(1, fields.GetProperty("ByName").GetProperty("entries").GetArrayLength());
        Assert.True(fields.GetProperty("Next").GetProperty("is_null").GetBoolean());
        Assert.False(root.GetProperty("sample").TryGetProperty("truncated", out _), "The sample has more fields than an object keeps");
        Assert.Equal("redacted", root.GetProperty("password").GetProperty("not_captured_reason").GetString());
        Assert.DoesNotContain("\"timeout\"", root.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"error\"", root.GetRawText(), StringComparison.Ordinal);
    }
}
