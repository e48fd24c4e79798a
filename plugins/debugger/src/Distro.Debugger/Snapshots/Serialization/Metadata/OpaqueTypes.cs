namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>
/// Types written by their name alone: they hold native state (streams, handles, sockets, processes), secrets
/// kept outside named fields (keys, certificates, headers, configuration) or whole application graphs
/// (request contexts, service providers, database contexts). Matched on the type and its base types by name,
/// so that optional frameworks need not be referenced.
/// </summary>
internal static class OpaqueTypes
{
    private static readonly HashSet<string> s_names = new(StringComparer.Ordinal)
    {
        "System.IO.Stream",
        "System.IO.TextReader",
        "System.IO.TextWriter",
        "System.Runtime.InteropServices.SafeHandle",
        "System.Runtime.InteropServices.CriticalHandle",
        "System.Threading.WaitHandle",
        "System.Threading.Timer",
        "System.Threading.ExecutionContext",
        "System.Threading.SynchronizationContext",
        "System.Threading.Tasks.TaskScheduler",
        "System.Diagnostics.Process",
        "System.Runtime.Loader.AssemblyLoadContext",
        "System.AppDomain",
        "System.Net.Sockets.Socket",
        "System.Net.Sockets.TcpClient",
        "System.Net.Sockets.TcpListener",
        "System.Net.Sockets.UdpClient",
        "System.Net.WebSockets.WebSocket",
        "System.Net.Http.HttpMessageInvoker",
        "System.Net.Http.HttpMessageHandler",
        "System.Net.Http.HttpContent",
        "System.Net.Http.HttpRequestMessage",
        "System.Net.Http.HttpResponseMessage",
        "System.Net.Http.Headers.HttpHeaders",
        "System.Security.SecureString",
        "System.Security.Cryptography.X509Certificates.X509Certificate",
        "System.Security.Cryptography.AsymmetricAlgorithm",
        "System.Security.Cryptography.SymmetricAlgorithm",
        "System.Security.Cryptography.HashAlgorithm",
        "System.Data.Common.DbConnection",
        "System.Data.Common.DbTransaction",
        "Microsoft.AspNetCore.Http.HttpContext",
        "Microsoft.AspNetCore.Http.HttpRequest",
        "Microsoft.AspNetCore.Http.HttpResponse",
        "Microsoft.AspNetCore.Http.ConnectionInfo",
        "Microsoft.AspNetCore.Http.WebSocketManager",
        "Microsoft.EntityFrameworkCore.DbContext",
        "Microsoft.Extensions.DependencyInjection.ServiceProvider",
        "Microsoft.Extensions.DependencyInjection.ServiceLookup.ServiceProviderEngineScope",
        "Microsoft.Extensions.Configuration.ConfigurationRoot",
        "Microsoft.Extensions.Configuration.ConfigurationManager",
        "Microsoft.Extensions.Configuration.ConfigurationSection",
    };

    public static bool Contains(Type type)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            if (current.FullName is { } name && s_names.Contains(name))
            {
                return true;
            }
        }

        return false;
    }
}
