namespace Distro.Debugger.Export.CloudWatch;

/// <summary>
/// Splits an OTLP <c>ExportLogsServiceRequest</c> into requests of at most a given size, by log record, each record
/// keeping its resource and scope. Records keep their order. A record that alone makes a request too large is dropped.
/// </summary>
internal static class LogsRequestSplitter
{
    /// <exception cref="FormatException">The request is over the limit and not a well-formed logs request.</exception>
    public static LogsRequestSplit Split(ReadOnlyMemory<byte> request, int maxBytes)
    {
        if (request.Length <= maxBytes)
        {
            return new LogsRequestSplit([request], 0, 0);
        }

        var parts = new List<ReadOnlyMemory<byte>>();
        var part = new LogsRequestPart();
        var dropped = 0;
        var largestDropped = 0L;
        foreach (var resource in LogsRequestParser.Parse(request))
        {
            foreach (var scope in resource.Scopes)
            {
                foreach (var record in scope.Records)
                {
                    if (part.SizeWith(resource, scope, record) > maxBytes && !part.IsEmpty)
                    {
                        parts.Add(part.ToArray());
                        part = new LogsRequestPart();
                    }

                    if (part.SizeWith(resource, scope, record) <= maxBytes)
                    {
                        part.Add(resource, scope, record);
                    }
                    else
                    {
                        dropped++;
                        largestDropped = Math.Max(largestDropped, record.Length);
                    }
                }
            }
        }

        if (!part.IsEmpty)
        {
            parts.Add(part.ToArray());
        }

        return new LogsRequestSplit(parts, dropped, largestDropped);
    }
}
