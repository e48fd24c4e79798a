using Distro.Contract.Mocks.Proto.Collector.Logs.V1;
using Distro.Contract.Mocks.Proto.Common.V1;
using Distro.Contract.Mocks.Proto.Logs.V1;
using Distro.Contract.Mocks.Proto.Resource.V1;

namespace Distro.Contract.Tests.Mocks;

/// <summary>Hand-built OTLP messages, for requests that no SDK sends (compressed, malformed, raw gRPC).</summary>
internal static class OtlpRequests
{
    public static ExportLogsServiceRequest Logs(string serviceName, params string[] eventNames)
    {
        var scopeLogs = new ScopeLogs { Scope = new InstrumentationScope { Name = "hand-built", Version = "1.0" } };
        foreach (var eventName in eventNames)
        {
            scopeLogs.LogRecords.Add(new LogRecord
            {
                EventName = eventName,
                SeverityNumber = SeverityNumber.Info,
                Body = new AnyValue { StringValue = $"body of {eventName}" },
            });
        }

        var resource = new Resource();
        resource.Attributes.Add(new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = serviceName } });
        return new ExportLogsServiceRequest
        {
            ResourceLogs = { new ResourceLogs { Resource = resource, ScopeLogs = { scopeLogs } } },
        };
    }
}
