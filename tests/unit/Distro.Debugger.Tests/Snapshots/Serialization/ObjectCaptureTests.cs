using Distro.Debugger.Snapshots.Serialization;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class ObjectCaptureTests
{
    [Fact]
    public void WriteValue_Object_WritesOwnFieldsThenBaseFieldsUnderSourceNames() =>
        Assert.Equal(
            Cv.Fields("Shop.Dog", $"""
                "_breed":{Cv.Str("beagle")},"GoodBoy":{Cv.Bool(true)},"_name":{Cv.Str("rex")},"Legs":{Cv.Int(4)}
                """),
            Capture.Json(new Dog("rex", "beagle")));

    [Fact]
    public void WriteValue_Record_ShowsPropertiesByName() =>
        Assert.Equal(
            Cv.Fields("Shop.Person", $""" "Name":{Cv.Str("ada")},"Age":{Cv.Int(36)}""".Trim()),
            Capture.Json(new Person("ada", 36)));

    [Fact]
    public void WriteValue_RecordStruct_ShowsPropertiesByName() =>
        Assert.Equal(
            Cv.Fields("Shop.Point", $""" "X":{Cv.Int(1)},"Y":{Cv.Int(2)}""".Trim()),
            Capture.Json(new Point(1, 2)));

    [Fact]
    public void WriteValue_Struct_ShowsFields() =>
        Assert.Equal(
            Cv.Fields("Shop.Measurement", $""" "Value":{Cv.Value("System.Double", "2.5")},"Unit":{Cv.Str("kg")}""".Trim()),
            Capture.Json(new Measurement { Value = 2.5, Unit = "kg" }));

    [Fact]
    public void WriteValue_ValueTuple_ShowsItemFields() =>
        Assert.Equal(
            Cv.Fields("System.ValueTuple<System.Int32, System.String>", $""" "Item1":{Cv.Int(1)},"Item2":{Cv.Str("a")}""".Trim()),
            Capture.Json((1, "a")));

    [Fact]
    public void WriteValue_SystemTuple_ShowsItemNamesWithoutFieldPrefix() =>
        Assert.Equal(
            Cv.Fields("System.Tuple<System.Int32, System.String>", $""" "Item1":{Cv.Int(1)},"Item2":{Cv.Str("a")}""".Trim()),
            Capture.Json(Tuple.Create(1, "a")));

    [Fact]
    public void WriteValue_KeyValuePair_ShowsKeyAndValue() =>
        Assert.Equal(
            Cv.Fields("System.Collections.Generic.KeyValuePair<System.String, System.Int32>", $""" "key":{Cv.Str("a")},"value":{Cv.Int(1)}""".Trim()),
            Capture.Json(new KeyValuePair<string, int>("a", 1)));

    [Fact]
    public void WriteValue_AnonymousObject_ShowsPropertyNames()
    {
        var json = Capture.Element(new { A = 1, B = "x" });

        Assert.Equal("1", json.GetProperty("fields").GetProperty("A").GetProperty("value").GetString());
        Assert.Equal("x", json.GetProperty("fields").GetProperty("B").GetProperty("value").GetString());
    }

    [Fact]
    public void WriteValue_NonNullValueDeclaredNullable_KeepsNullableTypeName() =>
        Assert.Equal(Cv.Value("System.Nullable<System.Int32>", "5"), Capture.Json(5, typeof(int?)));

    [Fact]
    public void WriteValue_NullDeclaredNullable_IsNullWithNullableTypeName() =>
        Assert.Equal(Cv.Null("System.Nullable<System.Int32>"), Capture.Json(null, typeof(int?)));

    [Fact]
    public void WriteValue_NullableFields_AreNamedByTheirDeclaration() =>
        Assert.Equal(
            Cv.Fields("Shop.WithNullable", $"""
                "Present":{Cv.Value("System.Nullable<System.Int32>", "5")},"Absent":{Cv.Null("System.Nullable<System.Int32>")}
                """),
            Capture.Json(new WithNullable()));

    [Fact]
    public void WriteValue_NullWithDeclaredType_IsNullOfThatType() =>
        Assert.Equal(Cv.Null("System.String"), Capture.Json(null, typeof(string)));

    [Fact]
    public void WriteValue_NullWithoutDeclaredType_IsNullObject() =>
        Assert.Equal(Cv.Null("System.Object"), Capture.Json(null));

    [Fact]
    public void WriteValue_ByRefDeclaredType_NamesTheReferencedType() =>
        Assert.Equal(Cv.Null("System.String"), Capture.Json(null, typeof(string).MakeByRefType()));

    [Fact]
    public void WriteValue_ValueDeclaredAsBaseType_IsNamedByItsRuntimeType() =>
        Assert.Equal(Cv.Int(3), Capture.Json(3, typeof(object)));

    [Fact]
    public void WriteValue_MoreFieldsThanLimit_IsTruncatedWithFieldCount() =>
        Assert.Equal(
            $$"""{"type":"Shop.Wide","fields":{"A":{{Cv.Int(1)}},"B":{{Cv.Int(2)}}},"truncated":true,"size":4}""",
            Capture.Json(new Wide(), limits: new CaptureLimits(MaxFieldsPerObject: 2)));

    [Fact]
    public void WriteValue_FieldHiddenByDerivedField_IsQualifiedWithItsDeclaringType() =>
        Assert.Equal(
            Cv.Fields("Shop.HiddenDerived", $""" "Value":{Cv.Int(2)},"Shop.HiddenBase.Value":{Cv.Int(1)}""".Trim()),
            Capture.Json(new HiddenDerived()));

    [Fact]
    public void WriteValue_StaticFields_AreNotCaptured()
    {
        var fields = Capture.Element(new WithStaticField()).GetProperty("fields");

        Assert.Equal(["Instance"], fields.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void WriteValue_ObjectHoldingDifferentRuntimeType_NamesTheRuntimeType() =>
        Assert.Equal(
            Cv.Fields("Shop.Holder", $""" "Content":{Cv.Fields("Shop.Item", $""" "Name":{Cv.Str("pen")},"Quantity":{Cv.Int(2)}""".Trim())}""".Trim()),
            Capture.Json(new Holder { Content = new Item("pen", 2) }));

    private sealed class WithStaticField
    {
        public static int Shared = 1;

        public int Instance = Shared;
    }
}
