using Distro.Debugger.Export;
using Distro.Debugger.Export.Settings;
using Distro.Debugger.Export.Text;

namespace Distro.Debugger.Tests.Export;

[Collection(SnapshotExportCollection.Name)]
public class ConsoleSnapshotTextTests
{
    [Fact]
    public void Format_MethodThatReturned_WritesArgumentsReturnValueAndLocalsAsATree()
    {
        var text = Format(SampleSnapshots.Traced(SampleSnapshots.ReturnedBody));

        Assert.Equal(
            """
            2026-11-20T10:00:00.123Z  Shop.Api.OrdersController.Create
              duration: 12.5 ms   thread: 7 "worker-1"   trace: 0af7651916cd43dd8448eb211c80319c
              arguments:
                order: (Shop.Api.Order)
                  Id: 42 (System.Int32)
                  Customer: (Shop.Api.Customer)
                    Name: "Ada \"The\" Countess" (System.String)
                    Address: <depth> (Shop.Api.Address)
                  Lines: (System.Collections.Generic.List<Shop.Api.Line>, 3 items)
                    [0]: (Shop.Api.Line)
                      Sku: "A-1" (System.String)
                      Quantity: 2 (System.Int32)
                    … 2 more
                  Tags: (System.Collections.Generic.Dictionary<System.String,System.Int32>, 1 entry)
                    ["vip"]: 1 (System.Int32)
                apiKey: <redacted> (System.String)
                note: "Deliver before"… (System.String, 300 chars)
                coupon: null (System.String)
              return: (Shop.Api.Receipt)
                Number: "R-1001" (System.String)
              locals:
                total: 12.50 (System.Decimal)


            """,
            text);
    }

    [Fact]
    public void Format_MethodThatThrew_WritesTheThrowableWithItsFramesAndTheStack()
    {
        var text = Format(SampleSnapshots.Create(SampleSnapshots.ThrewBody));

        Assert.Equal(
            """
            2026-11-20T10:00:00.123Z  Shop.Api.OrdersController.Create
              duration: 12.5 ms   thread: 7 "worker-1"
              arguments: none
              throwable: System.InvalidOperationException: Out of stock: sku A-1\nretry later
                at Shop.Api.Inventory.Reserve in Inventory.cs:line 88
                at Shop.Api.OrdersController.Create in Controllers/OrdersController.cs:line 42
                at System.Threading.Tasks.Task.Run
              locals: none
              stack:
                at Shop.Api.OrdersController.Create in Controllers/OrdersController.cs:line 42
                at Shop.Api.Program.Main in Program.cs:line 7


            """,
            text);
    }

    [Fact]
    public void Format_LineProbe_WritesTheLineAndItsArgumentsAndLocals()
    {
        var text = Format(SampleSnapshots.Create(SampleSnapshots.LineBody, SampleSnapshots.LineAttributes()));

        Assert.Equal(
            """
            2026-11-20T10:00:00.123Z  Shop.Api.OrdersController.Create  at Controllers/OrdersController.cs:42
              thread: 7
              line 42:
                arguments:
                  id: 7 (System.Int32)
                locals:
                  total: 12.50 (System.Decimal)
                  buffer: <byref-like> (System.Span<System.Byte>)
                  failure: <error: System.InvalidOperationException> (Shop.Api.Stock)


            """,
            text);
    }

    [Fact]
    public void Format_ControlCharactersInValues_EscapesThemSoTheTerminalIsNotDriven()
    {
        const string body = """
            {"captures":{"entry":{"arguments":{"name":{"type":"System.String","value":"\u001b[31mred\u001b[0m\ttab"}}}}}
            """;

        var text = Format(SampleSnapshots.Create(body, []));

        Assert.Contains("""name: "\u001b[31mred\u001b[0m\ttab" (System.String)""", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void Format_BodyNotJson_WritesItAsText()
    {
        var text = Format(SampleSnapshots.Create("not json", []));

        Assert.Equal("2026-11-20T10:00:00.123Z  (unknown method)\n  body (not JSON): not json\n\n", text);
    }

    [Fact]
    public void Emit_ConsoleExporter_WritesTheSnapshotBlock()
    {
        var output = new StringWriter();
        var snapshot = SampleSnapshots.Traced(SampleSnapshots.ReturnedBody);
        var settings = ExportTestSettings.Create([SnapshotExporterKind.Console], new Uri("http://127.0.0.1:9/v1/logs"));
        using (var pipeline = new SnapshotExportPipeline(settings, TextWriter.Synchronized(output)))
        {
            pipeline.Emit(snapshot);
            Assert.True(pipeline.Flush(Eventually.DefaultTimeout));
        }

        Assert.Equal(Format(snapshot), output.ToString());
    }

    private static string Format(Snapshot snapshot) =>
        SnapshotTextFormatter.Format(
            snapshot.Timestamp.UtcDateTime,
            snapshot.TraceId,
            snapshot.Attributes,
            System.Text.Encoding.UTF8.GetString(snapshot.Body.Span));
}
