// Contract tests name lines of this file (file:line probes, see tests/contract/apps/README.md): do not reformat it or move its lines.
using MinimalApi.App.Models;

namespace MinimalApi.App.Probes;

/// <summary>Lambda handlers: a closure over the default greeting, and a lambda that captures nothing.</summary>
public static class GreetingEndpoints
{
    public static IEndpointRouteBuilder MapGreetings(this IEndpointRouteBuilder endpoints, string defaultGreeting)
    {
        endpoints.MapGet("/hello/{name}", (string name, string? greeting) =>
        {
            var salutation = greeting ?? defaultGreeting;
            var message = $"{salutation}, {name}!";
            return message;
        });
        endpoints.MapPost("/echo", (EchoMessage message) =>
        {
            var text = string.Concat(Enumerable.Repeat(message.Text, Math.Max(message.Repeat, 1)));
            var reply = new EchoReply(text, text.Length);
            return reply;
        });
        return endpoints;
    }
}
