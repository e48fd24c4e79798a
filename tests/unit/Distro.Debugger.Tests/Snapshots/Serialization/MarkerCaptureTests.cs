using Distro.Hooks;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class MarkerCaptureTests
{
    public static TheoryData<UncapturedReason, Type, string, string> Markers => new()
    {
        { UncapturedReason.ByRefLike, typeof(Span<int>), "System.Span<System.Int32>", "byref-like" },
        { UncapturedReason.Pointer, typeof(int).MakePointerType(), "System.Int32*", "pointer" },
        { UncapturedReason.NotYetAssigned, typeof(int).MakeByRefType(), "System.Int32", "unassigned" },
        { UncapturedReason.UninitializedInstance, typeof(Shop.Item), "Shop.Item", "uninitialized" },
        { UncapturedReason.NullReference, typeof(int).MakeByRefType(), "System.Int32", "null-reference" },
        { UncapturedReason.Unknown, typeof(object), "System.Object", "error" },
    };

    [Theory]
    [MemberData(nameof(Markers))]
    public void WriteValue_Marker_WritesDeclaredTypeAndReason(UncapturedReason reason, Type declaredType, string typeName, string text) =>
        Assert.Equal(Cv.NotCaptured(typeName, text), Capture.Json(UncapturedValue.For(reason), declaredType));

    [Fact]
    public void WriteValue_MarkerWithoutDeclaredType_IsNamedObject() =>
        Assert.Equal(Cv.NotCaptured("System.Object", "byref-like"), Capture.Json(UncapturedValue.For(UncapturedReason.ByRefLike)));
}
