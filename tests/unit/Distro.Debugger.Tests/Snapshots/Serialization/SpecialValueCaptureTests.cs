using System.Reflection;
using Microsoft.Win32.SafeHandles;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class SpecialValueCaptureTests
{
    [Fact]
    public void WriteValue_LazyNotCreated_ShowsFlagWithoutRunningTheFactory()
    {
        var factoryRuns = 0;
        var lazy = new Lazy<int>(() => ++factoryRuns);

        Assert.Equal(
            Cv.Fields("System.Lazy<System.Int32>", $""" "IsValueCreated":{Cv.Bool(false)}""".Trim()),
            Capture.Json(lazy));
        Assert.Equal(0, factoryRuns);
        Assert.False(lazy.IsValueCreated);
    }

    [Fact]
    public void WriteValue_LazyCreated_ShowsTheValue()
    {
        var lazy = new Lazy<int>(() => 9);
        _ = lazy.Value;

        Assert.Equal(
            Cv.Fields("System.Lazy<System.Int32>", $""" "IsValueCreated":{Cv.Bool(true)},"Value":{Cv.Int(9)}""".Trim()),
            Capture.Json(lazy));
    }

    [Fact]
    public void WriteValue_Delegate_WritesTheTargetMethodName() =>
        Assert.Equal(
            Cv.Value("System.Func<System.Int32, System.Int32>", "Shop.Functions.Twice"),
            Capture.Json(new Func<int, int>(Functions.Twice)));

    [Fact]
    public void WriteValue_Type_WritesItsName() =>
        Assert.Equal(
            Cv.Value("System.RuntimeType", "System.Collections.Generic.List<System.Int32>"),
            Capture.Json(typeof(List<int>)));

    [Fact]
    public void WriteValue_MethodInfo_WritesDeclaringTypeAndName()
    {
        var method = typeof(Functions).GetMethod(nameof(Functions.Twice))!;

        Assert.Equal("Shop.Functions.Twice", Capture.Element(method).GetProperty("value").GetString());
    }

    [Fact]
    public void WriteValue_Assembly_WritesItsFullName()
    {
        var assembly = typeof(SpecialValueCaptureTests).Assembly;

        Assert.Equal(
            Cv.Value("System.Reflection.RuntimeAssembly", assembly.FullName!),
            Capture.Json(assembly, limits: new(MaxStringLength: 1000)));
    }

    [Fact]
    public void WriteValue_CancellationToken_WritesItsState() =>
        Assert.Equal(
            Cv.Fields("System.Threading.CancellationToken", $"""
                "IsCancellationRequested":{Cv.Bool(true)},"CanBeCanceled":{Cv.Bool(true)}
                """),
            Capture.Json(new CancellationToken(canceled: true)));

    [Fact]
    public void WriteValue_CancellationTokenSource_WritesItsState()
    {
        using var source = new CancellationTokenSource();

        Assert.Equal(
            Cv.Fields("System.Threading.CancellationTokenSource", $""" "IsCancellationRequested":{Cv.Bool(false)}""".Trim()),
            Capture.Json(source));
    }

    [Fact]
    public void WriteValue_Thread_WritesIdAndName()
    {
        var json = Capture.Element(Thread.CurrentThread);

        Assert.Equal(Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("fields").GetProperty("ManagedThreadId").GetProperty("value").GetString());
    }

    [Fact]
    public void WriteValue_Stream_WritesTheTypeOnly()
    {
        using var stream = new RecordingStream();

        Assert.Equal("""{"type":"Distro.Debugger.Tests.Snapshots.Serialization.SpecialValueCaptureTests+RecordingStream"}""", Capture.Json(stream));
        Assert.Equal(0, stream.Calls);
    }

    [Fact]
    public void WriteValue_MemoryStream_WritesTheTypeOnly()
    {
        using var stream = new MemoryStream([1, 2, 3]);

        Assert.Equal("""{"type":"System.IO.MemoryStream"}""", Capture.Json(stream));
    }

    [Fact]
    public void WriteValue_SafeHandle_WritesTheTypeOnly()
    {
        using var handle = new SafeFileHandle(IntPtr.Zero, ownsHandle: false);

        Assert.Equal("""{"type":"Microsoft.Win32.SafeHandles.SafeFileHandle"}""", Capture.Json(handle));
    }

    [Fact]
    public void WriteValue_BoxedPointer_IsNotCaptured()
    {
        var pointerType = typeof(int).MakePointerType();
        var boxed = typeof(Pointer).GetMethod(nameof(Pointer.Box))!.Invoke(null, [IntPtr.Zero, pointerType]);

        Assert.Equal(Cv.NotCaptured("System.Int32*", "pointer"), Capture.Json(boxed, pointerType));
    }

    private sealed class RecordingStream : Stream
    {
        public int Calls { get; private set; }

        public override bool CanRead => Record(true);

        public override bool CanSeek => Record(true);

        public override bool CanWrite => Record(true);

        public override long Length => Record(10L);

        public override long Position
        {
            get => Record(0L);
            set => Record(value);
        }

        public override void Flush() => Record(0);

        public override int Read(byte[] buffer, int offset, int count) => Record(0);

        public override long Seek(long offset, SeekOrigin origin) => Record(0L);

        public override void SetLength(long value) => Record(value);

        public override void Write(byte[] buffer, int offset, int count) => Record(0);

        private T Record<T>(T result)
        {
            Calls++;
            return result;
        }
    }
}
