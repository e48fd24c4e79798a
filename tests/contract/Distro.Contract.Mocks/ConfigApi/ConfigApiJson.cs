using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>Reading request bodies and writing JSON answers for the mock DI configuration API.</summary>
internal static class ConfigApiJson
{
    // Property names match case-insensitively, as they do for the agent's JSON decoder.
    private static readonly JsonNodeOptions s_requestOptions = new() { PropertyNameCaseInsensitive = true };

    public static async Task<string> ReadBodyAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The body as a JSON object, or null when it is not one.</summary>
    public static JsonObject? ParseObject(string body)
    {
        try
        {
            var node = JsonNode.Parse(body, s_requestOptions) as JsonObject;

            // Reading the count materializes the properties now, so that duplicates fail here.
            _ = node?.Count;
            return node;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A string property; null when absent or not a string.</summary>
    public static string? StringOf(JsonObject? json, string name) =>
        json?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A string property as it is, any other value as its JSON text; null when absent.</summary>
    public static string? TextOf(JsonObject? json, string name) => json?[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => other.ToJsonString(),
    };

    public static async Task WriteAsync(HttpContext http, int status, JsonNode body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted).ConfigureAwait(false);
    }

    public static Task WriteErrorAsync(HttpContext http, int status, string message) =>
        WriteAsync(http, status, new JsonObject { ["Message"] = message });
}
