using System.Diagnostics;
using System.Text;
using Distro.Debugger.Export;

namespace Distro.Debugger.Tests.Export;

/// <summary>Snapshots as the debugger builds them: the attributes of DESIGN.md section 3 and a JSON body.</summary>
internal static class SampleSnapshots
{
    public static readonly DateTimeOffset Timestamp = new(2026, 11, 20, 10, 0, 0, 123, TimeSpan.Zero);
    public static readonly ActivityTraceId TraceId = ActivityTraceId.CreateFromString("0af7651916cd43dd8448eb211c80319c");
    public static readonly ActivitySpanId SpanId = ActivitySpanId.CreateFromString("b7ad6b7169203331");

    public static KeyValuePair<string, object?>[] MethodAttributes() =>
    [
        new("aws.di.snapshot_id", "5f0c7e0e-2b6a-4c7e-9a43-1d2f3e4a5b6c"),
        new("aws.di.location_hash", "h-123"),
        new("aws.di.instrumentation_type", "BREAKPOINT"),
        new("aws.di.instrumentation_level", "method"),
        new("aws.di.duration_ms", 12.5),
        new("aws.di.code_unit", "Shop.Api"),
        new("aws.di.class_name", "OrdersController"),
        new("aws.di.method_name", "Create"),
        new("aws.di.file_path", "Controllers/OrdersController.cs"),
        new("aws.di.line_number", 0L),
        new("aws.di.thread_id", 7L),
        new("aws.di.thread_name", "worker-1"),
        new("code.function.name", "Shop.Api.OrdersController.Create"),
        new("aws.di.sampled", true),
    ];

    public static KeyValuePair<string, object?>[] LineAttributes() =>
    [
        new("aws.di.instrumentation_level", "line"),
        new("aws.di.code_unit", "Shop.Api"),
        new("aws.di.class_name", "OrdersController"),
        new("aws.di.method_name", "Create"),
        new("aws.di.file_path", "Controllers/OrdersController.cs"),
        new("aws.di.line_number", 42L),
        new("aws.di.thread_id", 7L),
    ];

    /// <summary>A method that returned: nested object, collection cut to one element, dictionary, redacted and truncated values.</summary>
    public const string ReturnedBody = """
        {"captures":{"entry":{"arguments":{
          "order":{"type":"Shop.Api.Order","fields":{
            "Id":{"type":"System.Int32","value":"42"},
            "Customer":{"type":"Shop.Api.Customer","fields":{
              "Name":{"type":"System.String","value":"Ada \"The\" Countess"},
              "Address":{"type":"Shop.Api.Address","not_captured_reason":"depth"}}},
            "Lines":{"type":"System.Collections.Generic.List<Shop.Api.Line>","elements":[
              {"type":"Shop.Api.Line","fields":{"Sku":{"type":"System.String","value":"A-1"},"Quantity":{"type":"System.Int32","value":"2"}}}],
              "truncated":true,"size":3},
            "Tags":{"type":"System.Collections.Generic.Dictionary<System.String,System.Int32>","entries":[
              {"key":{"type":"System.String","value":"vip"},"value":{"type":"System.Int32","value":"1"}}],"size":1}}},
          "apiKey":{"type":"System.String","not_captured_reason":"redacted"},
          "note":{"type":"System.String","value":"Deliver before","truncated":true,"size":300},
          "coupon":{"type":"System.String","is_null":true}}},
        "return":{
          "return_value":{"type":"Shop.Api.Receipt","fields":{"Number":{"type":"System.String","value":"R-1001"}}},
          "locals":{"total":{"type":"System.Decimal","value":"12.50"}}}}}
        """;

    /// <summary>A method that threw, with the exception's frames and the stack the probe captured.</summary>
    public const string ThrewBody = """
        {"stack":[{"function":"Shop.Api.OrdersController.Create","file_path":"Controllers/OrdersController.cs","line_number":42},
                  {"function":"Shop.Api.Program.Main","file_path":"Program.cs","line_number":7}],
         "captures":{"entry":{"arguments":{}},
          "return":{"throwable":{"type":"System.InvalidOperationException","message":"Out of stock: sku A-1\nretry later",
            "stacktrace":[{"function":"Shop.Api.Inventory.Reserve","file_path":"Inventory.cs","line_number":88},
                          {"function":"Shop.Api.OrdersController.Create","file_path":"Controllers/OrdersController.cs","line_number":42},
                          {"function":"System.Threading.Tasks.Task.Run"}]},
           "locals":{}}}}
        """;

    /// <summary>A line probe: the locals at line 42, one of them not capturable.</summary>
    public const string LineBody = """
        {"captures":{"lines":{"42":{"arguments":{"id":{"type":"System.Int32","value":"7"}},"locals":{
          "total":{"type":"System.Decimal","value":"12.50"},
          "buffer":{"type":"System.Span<System.Byte>","not_captured_reason":"byref-like"},
          "failure":{"type":"Shop.Api.Stock","not_captured_reason":"error","error":"System.InvalidOperationException"}}}}}}
        """;

    public static Snapshot Create(
        string body, KeyValuePair<string, object?>[]? attributes = null, ActivityTraceId traceId = default, ActivitySpanId spanId = default) =>
        new(
            Timestamp,
            traceId,
            spanId,
            traceId == default ? ActivityTraceFlags.None : ActivityTraceFlags.Recorded,
            attributes ?? MethodAttributes(),
            Encoding.UTF8.GetBytes(body));

    public static Snapshot Traced(string body = ReturnedBody) => Create(body, MethodAttributes(), TraceId, SpanId);
}
