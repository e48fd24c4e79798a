using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Sources;

/// <summary>
/// Reports a config API outage once when it starts or changes kind and once when it ends, rather than once per
/// failed call: an application run without the agent must not fill its logs. Used by one loop at a time.
/// </summary>
/// <remarks>
/// <para><c>operation</c>: What is failing, e.g. <c>list PROBE</c>.</para>
/// <para><c>apiUrl</c>: Only its host and port are reported: the URL may carry credentials.</para>
/// </remarks>
internal sealed class OutageLog(string operation, Uri apiUrl)
{
    private readonly string _endpoint = apiUrl.Authority;
    private ApiFailureKind? _failing;
    private int _failedAttempts;

    public void Failed(ApiFailure failure)
    {
        _failedAttempts++;
        if (_failing != failure.Kind)
        {
            _failing = failure.Kind;
            DebuggerEventSource.Log.ConfigApiFailing(operation, _endpoint, failure.Kind.ToString(), failure.Detail);
        }
    }

    public void Succeeded()
    {
        if (_failing is not null)
        {
            DebuggerEventSource.Log.ConfigApiRecovered(operation, _endpoint, _failedAttempts);
        }

        _failing = null;
        _failedAttempts = 0;
    }
}
