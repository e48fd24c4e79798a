using System.IO.Compression;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace Distro.Contract.Tests.Mocks;

/// <summary>Raw OTLP http/protobuf posts, for what exporters do not let a test control.</summary>
internal static class OtlpHttpPosts
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Uri endpoint, IMessage message) =>
        PostBytesAsync(client, endpoint, message.ToByteArray(), "application/x-protobuf", contentEncoding: null);

    public static Task<HttpResponseMessage> PostGzippedAsync(HttpClient client, Uri endpoint, IMessage message)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            message.WriteTo(gzip);
        }

        return PostBytesAsync(client, endpoint, compressed.ToArray(), "application/x-protobuf", "gzip");
    }

    public static async Task<HttpResponseMessage> PostBytesAsync(
        HttpClient client, Uri endpoint, byte[] body, string contentType, string? contentEncoding)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (contentEncoding is not null)
        {
            content.Headers.ContentEncoding.Add(contentEncoding);
        }

        return await client.PostAsync(endpoint, content);
    }
}
