using System.Diagnostics;
using System.Reflection;
using System.Text;
using Distro.Debugger.Configuration;
using Distro.Debugger.Export;
using Distro.Debugger.Export.Settings;
using Distro.Debugger.Tests.Export.Otlp;

namespace Distro.Debugger.Tests.Export;

[Collection(SnapshotExportCollection.Name)]
public class OtlpWireOutputTests
{
    private static readonly TimeSpan s_flushTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public void Emit_OneSnapshot_SendsOneLogRecordExactlyAsTheContractSays()
    {
        using var collector = FakeOtlpCollector.Start();
        var snapshot = SampleSnapshots.Traced();
        using (var other = new Activity("another request").SetIdFormat(ActivityIdFormat.W3C).Start())
        using (var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(collector.Endpoint)))
        {
            pipeline.Emit(snapshot);
            Assert.True(pipeline.Flush(s_flushTimeout));
            Assert.NotEqual(snapshot.TraceId, other.TraceId);
        }

        var request = Assert.Single(collector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/logs", request.Path);
        Assert.Equal("application/x-protobuf", request.Headers["content-type"]);
        var resourceLogs = Assert.Single(OtlpLogsRequest.Decode(request.Body));
        var scopeLogs = Assert.Single(resourceLogs.ScopeLogs);
        Assert.Equal("aws.dynamic_instrumentation", scopeLogs.ScopeName);
        var record = Assert.Single(scopeLogs.LogRecords);

        Assert.Equal("aws.dynamic_instrumentation.snapshot", record.EventName);
        Assert.Equal(9, record.SeverityNumber);
        Assert.Equal(UnixNanoseconds(SampleSnapshots.Timestamp), record.TimeUnixNano);
        Assert.Equal(Bytes(SampleSnapshots.TraceId), record.TraceId);
        Assert.Equal(Bytes(SampleSnapshots.SpanId), record.SpanId);
        Assert.Equal((uint)ActivityTraceFlags.Recorded, record.Flags);
        Assert.Equal(snapshot.Attributes, record.Attributes);
        var body = Assert.IsType<string>(record.Body);
        Assert.Equal(snapshot.Body.ToArray(), Encoding.UTF8.GetBytes(body));
    }

    [Fact]
    public void Emit_OneSnapshot_SendsTheDistroResource()
    {
        using var collector = FakeOtlpCollector.Start();
        using (var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(collector.Endpoint)))
        {
            pipeline.Emit(SampleSnapshots.Traced());
            Assert.True(pipeline.Flush(s_flushTimeout));
        }

        var resource = Assert.Single(OtlpLogsRequest.Decode(Assert.Single(collector.Requests).Body)).ResourceAttributes.ToDictionary();
        Assert.Equal(ExportTestSettings.ServiceName, resource["service.name"]);
        Assert.Equal(ExportTestSettings.Environment, resource["deployment.environment.name"]);
        Assert.Equal(ExportTestSettings.Environment, resource["deployment.environment"]);
        Assert.Equal("checkout", resource["team"]);
        Assert.Equal("opentelemetry-dotnet-distro", resource["telemetry.distro.name"]);
        Assert.Equal(
            typeof(SnapshotExportPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion,
            resource["telemetry.distro.version"]);
        Assert.Equal("opentelemetry", resource["telemetry.sdk.name"]);
        Assert.Equal("dotnet", resource["telemetry.sdk.language"]);
        Assert.IsType<string>(resource["telemetry.sdk.version"]);
    }

    [Theory]
    [InlineData("deployment.environment.name=staging")]
    [InlineData("deployment.environment=staging")]
    public void Emit_EnvironmentInEitherSpelling_SendsBothEnvironmentAttributes(string resourceAttributes)
    {
        using var collector = FakeOtlpCollector.Start();
        var variables = new Dictionary<string, string>
        {
            ["OTEL_SERVICE_NAME"] = "orders",
            ["OTEL_RESOURCE_ATTRIBUTES"] = resourceAttributes,
            ["OTEL_AWS_OTLP_LOGS_ENDPOINT"] = collector.Endpoint.ToString(),
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "20",
        };
        var debugger = DebuggerSettingsReader.Read(variables.GetValueOrDefault).Settings;
        var settings = SnapshotExportSettingsReader.Read(variables.GetValueOrDefault, debugger).Settings;
        using (var pipeline = new SnapshotExportPipeline(settings))
        {
            pipeline.Emit(SampleSnapshots.Traced());
            Assert.True(pipeline.Flush(s_flushTimeout));
        }

        var resource = Assert.Single(OtlpLogsRequest.Decode(Assert.Single(collector.Requests).Body)).ResourceAttributes.ToDictionary();
        Assert.Equal("orders", resource["service.name"]);
        Assert.Equal("staging", resource["deployment.environment.name"]);
        Assert.Equal("staging", resource["deployment.environment"]);
    }

    [Fact]
    public void Emit_SnapshotWithoutTrace_SendsNoTraceContextEvenWhenAnActivityIsCurrent()
    {
        using var collector = FakeOtlpCollector.Start();
        using (var current = new Activity("current request").SetIdFormat(ActivityIdFormat.W3C).Start())
        using (var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(collector.Endpoint)))
        {
            pipeline.Emit(SampleSnapshots.Create(SampleSnapshots.ReturnedBody));
            Assert.True(pipeline.Flush(s_flushTimeout));
        }

        var record = Assert.Single(Assert.Single(Assert.Single(OtlpLogsRequest.Decode(Assert.Single(collector.Requests).Body)).ScopeLogs).LogRecords);
        Assert.Empty(record.TraceId);
        Assert.Empty(record.SpanId);
        Assert.Equal(0u, record.Flags);
    }

    [Fact]
    public async Task Emit_FromAnotherThread_KeepsEachSnapshotsOwnTraceContext()
    {
        using var collector = FakeOtlpCollector.Start();
        var first = SampleSnapshots.Create(SampleSnapshots.ReturnedBody, traceId: ActivityTraceId.CreateRandom(), spanId: ActivitySpanId.CreateRandom());
        var second = SampleSnapshots.Create(SampleSnapshots.LineBody, traceId: ActivityTraceId.CreateRandom(), spanId: ActivitySpanId.CreateRandom());
        using (var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(collector.Endpoint)))
        {
            pipeline.Emit(first);
            await Task.Run(() => pipeline.Emit(second)).WaitAsync(s_flushTimeout);
            Assert.True(pipeline.Flush(s_flushTimeout));
        }

        var records = collector.Requests
            .SelectMany(static r => OtlpLogsRequest.Decode(r.Body))
            .SelectMany(static r => r.ScopeLogs)
            .SelectMany(static s => s.LogRecords)
            .ToDictionary(static r => Encoding.UTF8.GetBytes((string)r.Body!).Length, static r => r.TraceId);
        Assert.Equal(Bytes(first.TraceId), records[first.Body.Length]);
        Assert.Equal(Bytes(second.TraceId), records[second.Body.Length]);
    }

    [Fact]
    public void Emit_HeadersConfigured_SendsThemWithTheRequest()
    {
        using var collector = FakeOtlpCollector.Start();
        var settings = ExportTestSettings.Otlp(collector.Endpoint);
        settings = settings with { Otlp = settings.Otlp with { Headers = "x-tenant=blue,x-note=a%20b" } };
        using (var pipeline = new SnapshotExportPipeline(settings))
        {
            pipeline.Emit(SampleSnapshots.Traced());
            Assert.True(pipeline.Flush(s_flushTimeout));
        }

        var request = Assert.Single(collector.Requests);
        Assert.Equal("blue", request.Headers["x-tenant"]);
        Assert.Equal("a b", request.Headers["x-note"]);
    }

    private static byte[] Bytes(ActivityTraceId id)
    {
        var bytes = new byte[16];
        id.CopyTo(bytes);
        return bytes;
    }

    private static byte[] Bytes(ActivitySpanId id)
    {
        var bytes = new byte[8];
        id.CopyTo(bytes);
        return bytes;
    }

    private static ulong UnixNanoseconds(DateTimeOffset time) => (ulong)(time - DateTimeOffset.UnixEpoch).Ticks * 100;
}
