namespace Mvc.App.Models;

public sealed record Discount(decimal Rate, string Reason);
