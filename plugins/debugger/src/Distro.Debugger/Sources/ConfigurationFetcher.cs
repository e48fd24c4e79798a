using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using Distro.Debugger.Configuration;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Sources;

/// <summary>
/// One poll of one instrumentation type: <c>POST list-instrumentation-configurations</c>, then the pages its
/// <c>NextToken</c>s name, one after the other, gathered into one full set. A page that fails fails the poll.
/// </summary>
internal sealed class ConfigurationFetcher(ConfigApiHttpClient http, DebuggerSettings settings, ConfigurationParser parser)
{
    /// <summary>Bounds a poll, so that an API that keeps handing out tokens cannot keep it going, or growing, forever.</summary>
    public const int MaxPages = 100;

    private readonly Uri _listUri = ConfigApiRoutes.ListConfigurations(settings.ApiUrl);

    /// <remarks><para><c>syncedAt</c>: The cursor kept from the last applied poll; sent with every page of this one.</para></remarks>
    public async Task<PollResult> FetchAsync(InstrumentationType type, SyncCursor? syncedAt, CancellationToken cancellationToken)
    {
        var configurations = ImmutableArray.CreateBuilder<InstrumentationConfiguration>();
        var invalid = ImmutableArray.CreateBuilder<InvalidConfiguration>();
        SyncCursor? latestCursor = null;
        TimeSpan? syncInterval = null;
        string? nextToken = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var body = ListConfigurationsRequestBody.Write(settings.ServiceName, settings.Environment, type, syncedAt, nextToken);
            Page answer;
            try
            {
                answer = await http.PostAsync(_listUri, body, ReadPageAsync, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return PollResult.Failed(ApiFailure.OfException(e));
            }

            if (answer.Failure is { } failure)
            {
                return PollResult.Failed(failure);
            }

            if (answer.Parsed is not { } parsed)
            {
                return page == 0 ? PollResult.NotFound : PollResult.Failed(Invalid($"page {page + 1} answered 404"));
            }

            latestCursor = parsed.SyncedAt ?? latestCursor;
            syncInterval = parsed.SyncInterval ?? syncInterval;
            if (!parsed.Changed)
            {
                // A later page cannot take back the full set that the first one announced.
                return page == 0 ? PollResult.Unchanged(latestCursor, syncInterval) : PollResult.Failed(Invalid($"page {page + 1} says Changed:false"));
            }

            Gather(type, parsed, configurations, invalid);
            nextToken = parsed.NextToken;
            if (nextToken is null)
            {
                return PollResult.Changed(configurations.ToImmutable(), invalid.ToImmutable(), latestCursor, syncInterval);
            }
        }

        return PollResult.Failed(Invalid(string.Create(CultureInfo.InvariantCulture, $"more than {MaxPages} pages")));
    }

    private async Task<Page> ReadPageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return new Page(null, null);
        }

        if (!response.IsSuccessStatusCode)
        {
            return new Page(null, ApiFailure.OfStatus(response.StatusCode));
        }

        if (response.Content.Headers.ContentLength > parser.MaxResponseBytes)
        {
            return new Page(null, Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"the response announces {response.Content.Headers.ContentLength} bytes, more than the limit of {parser.MaxResponseBytes}")));
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var parsed = await parser.ParseAsync(stream, cancellationToken).ConfigureAwait(false);
            return parsed.Succeeded ? new Page(parsed, null) : new Page(null, Invalid(parsed.FailureReason!));
        }
    }

    /// <summary>Keeps what belongs to the polled type; an invalid configuration of unknown type is taken to be of it.</summary>
    private static void Gather(
        InstrumentationType type,
        ConfigurationParseResult parsed,
        ImmutableArray<InstrumentationConfiguration>.Builder configurations,
        ImmutableArray<InvalidConfiguration>.Builder invalid)
    {
        var otherType = 0;
        foreach (var configuration in parsed.Configurations)
        {
            if (configuration.Type == type)
            {
                configurations.Add(configuration);
            }
            else
            {
                otherType++;
            }
        }

        if (otherType > 0)
        {
            DebuggerEventSource.Log.ConfigurationsOfOtherTypeIgnored(WireNames.Of(type), otherType);
        }

        foreach (var dropped in parsed.Invalid)
        {
            if (dropped.Type is null || dropped.Type == type)
            {
                invalid.Add(dropped);
            }
        }
    }

    private static ApiFailure Invalid(string detail) => new(ApiFailureKind.InvalidResponse, detail);

    /// <summary>One page: parsed, or failed, or neither when the API answered 404.</summary>
    private sealed record Page(ConfigurationParseResult? Parsed, ApiFailure? Failure);
}
