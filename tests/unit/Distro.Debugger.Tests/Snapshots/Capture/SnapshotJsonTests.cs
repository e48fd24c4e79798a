using System.Text;
using Distro.Debugger.Snapshots.Capture;

namespace Distro.Debugger.Tests.Snapshots.Capture;

public class SnapshotJsonTests
{
    [Fact]
    public void NextPiece_AfterDispose_StartsEmptyOnTheRetainedBuffer()
    {
        using (var first = new SnapshotJson())
        {
            first.Writer.WriteStartObject();
            first.Writer.WriteString("note", new string('x', 5000));
            first.Writer.WriteEndObject();
            Assert.True(first.ToArray().Length > 5000);
        }

        using var second = new SnapshotJson();
        second.Writer.WriteStartArray();
        second.Writer.WriteNumberValue(1);
        second.Writer.WriteEndArray();

        Assert.Equal("[1]", Encoding.UTF8.GetString(second.ToArray()));
    }

    [Fact]
    public void NestedPieces_OnOneThread_DoNotShareABuffer()
    {
        using var outer = new SnapshotJson();
        outer.Writer.WriteStartObject();
        outer.Writer.WritePropertyName("inner");
        using (var inner = new SnapshotJson())
        {
            inner.Writer.WriteStringValue("value");
            outer.Writer.WriteRawValue(inner.ToArray(), skipInputValidation: true);
        }

        outer.Writer.WriteEndObject();

        Assert.Equal("""{"inner":"value"}""", Encoding.UTF8.GetString(outer.ToArray()));
    }

    [Fact]
    public void Piece_AbandonedHalfWritten_LeavesNothingForTheNext()
    {
        using (var abandoned = new SnapshotJson())
        {
            abandoned.Writer.WriteStartObject();
            abandoned.Writer.WriteString("partial", "value");
        }

        using var next = new SnapshotJson();
        next.Writer.WriteBooleanValue(true);

        Assert.Equal("true", Encoding.UTF8.GetString(next.ToArray()));
    }
}
