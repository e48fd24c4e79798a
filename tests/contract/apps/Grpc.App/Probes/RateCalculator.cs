// Contract tests name lines of this file (file:line probes, see tests/contract/apps/README.md): do not reformat it or move its lines.
using Grpc.App.Pricing;
using Grpc.App.Protos;

namespace Grpc.App.Probes;

/// <summary>Prices parcels and audits counts; the main probe target of the gRPC contract tests.</summary>
public sealed class RateCalculator
{
    private const double StandardRatePerKilo = 4.5;
    private const double ExpressRatePerKilo = 9.0;
    private const double InsuranceRate = 0.02;

    private readonly string _homeCountry = "US";

    public QuoteReply Quote(string customerId, int zone, bool express, Address destination, List<Parcel> parcels)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(parcels);
        var totalWeight = 0;
        var declared = 0d;
        foreach (var parcel in parcels)
        {
            totalWeight += parcel.WeightGrams;
            declared += parcel.DeclaredValue;
        }
        var currency = destination.Country == _homeCountry ? "USD" : "EUR";
        var tariff = new Tariff(zone, express ? ExpressRatePerKilo : StandardRatePerKilo);
        var price = Math.Round((tariff.RatePerKilo * tariff.Zone * totalWeight / 1000) + (declared * InsuranceRate), 2);
        return new QuoteReply { CustomerId = customerId, Zone = zone, ParcelCount = parcels.Count, TotalWeightGrams = totalWeight, Price = price, Currency = currency };
    }

    public AuditReply Audit(string note, List<int> counts)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(counts);
        var total = 0L;
        var max = 0;
        foreach (var count in counts)
        {
            total += count;
            max = Math.Max(max, count);
        }
        return new AuditReply { NoteLength = note.Length, Count = counts.Count, Total = total, Max = max };
    }
}
