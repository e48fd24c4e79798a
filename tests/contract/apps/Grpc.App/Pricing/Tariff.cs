namespace Grpc.App.Pricing;

public sealed record Tariff(int Zone, double RatePerKilo);
