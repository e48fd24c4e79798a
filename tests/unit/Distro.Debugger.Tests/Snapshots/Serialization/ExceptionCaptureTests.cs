using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class ExceptionCaptureTests
{
    [Fact]
    public void WriteValue_FrameworkException_WritesMessageAndInnerException() =>
        Assert.Equal(
            Cv.Fields("System.InvalidOperationException", $"""
                "Message":{Cv.Str("boom")},"InnerException":{Cv.Null("System.Exception")}
                """),
            Capture.Json(new InvalidOperationException("boom")));

    [Fact]
    public void WriteValue_InnerException_IsWrittenAsAnException() =>
        Assert.Equal(
            Cv.Fields("System.Exception", $"""
                "Message":{Cv.Str("outer")},"InnerException":{Cv.Fields("System.FormatException", $"""
                    "Message":{Cv.Str("inner")},"InnerException":{Cv.Null("System.Exception")}
                    """)}
                """),
            Capture.Json(new Exception("outer", new FormatException("inner"))));

    [Fact]
    public void WriteValue_ArgumentException_UsesTheFrameworkMessage()
    {
        var message = Capture.Element(new ArgumentException("bad", "amount")).GetProperty("fields").GetProperty("Message").GetProperty("value").GetString();

        Assert.Equal("bad (Parameter 'amount')", message);
    }

    [Fact]
    public void WriteValue_ArgumentOutOfRangeWithScalarValue_UsesTheFrameworkMessage()
    {
        var message = Capture.Element(new ArgumentOutOfRangeException("amount", 5, "too big")).GetProperty("fields").GetProperty("Message").GetProperty("value").GetString();

        Assert.Contains("5", message, StringComparison.Ordinal);
        Assert.Contains("too big", message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteValue_ArgumentOutOfRangeWithUserValue_ReadsTheStoredMessageOnly()
    {
        var calls = new CallRecorder();
        var exception = new ArgumentOutOfRangeException("amount", new Trap(calls), "too big");

        var message = Capture.Element(exception).GetProperty("fields").GetProperty("Message").GetProperty("value").GetString();

        Assert.Equal("too big", message);
        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_UserExceptionWithThrowingMessageAndToString_ReadsFieldsWithoutCallingThem()
    {
        var exception = new HostileException("stored", 42);

        Assert.Equal(
            Cv.Fields("Distro.Debugger.Tests.Snapshots.Serialization.ExceptionCaptureTests+HostileException", $"""
                "Message":{Cv.Str("stored")},"InnerException":{Cv.Null("System.Exception")},"OrderId":{Cv.Int(42)},"MessageCalls":{Cv.Int(0)},"ToStringCalls":{Cv.Int(0)}
                """),
            Capture.Json(exception));
        Assert.Equal(0, exception.MessageCalls);
        Assert.Equal(0, exception.ToStringCalls);
    }

    [Fact]
    public void WriteValue_ExceptionWithoutMessage_UsesTheDefaultMessage()
    {
        var message = Capture.Element(new InvalidOperationException()).GetProperty("fields").GetProperty("Message").GetProperty("value").GetString();

        Assert.False(string.IsNullOrEmpty(message));
    }

    [Fact]
    public void WriteValue_ExceptionAtObjectDepth_IsCut() =>
        Assert.Equal(
            Cv.Fields("Shop.Holder", $""" "Content":{Cv.NotCaptured("System.Exception", "depth")}""".Trim()),
            Capture.Json(new Holder { Content = new Exception("x") }, limits: new(MaxObjectDepth: 1)));

    public sealed class HostileException(string message, int orderId) : Exception(message)
    {
        public int OrderId { get; } = orderId;

        public int MessageCalls { get; private set; }

        public int ToStringCalls { get; private set; }

        public override string Message
        {
            get
            {
                MessageCalls++;
                throw new InvalidOperationException("Message getter ran.");
            }
        }

        public override string ToString()
        {
            ToStringCalls++;
            throw new InvalidOperationException("ToString ran.");
        }
    }
}
