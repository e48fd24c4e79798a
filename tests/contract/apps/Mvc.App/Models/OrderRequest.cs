namespace Mvc.App.Models;

/// <summary>The JSON body of <c>POST /orders</c>: nested objects and a list, bound by MVC.</summary>
public sealed record OrderRequest(string CustomerId, int LoyaltyYears, Address ShipTo, List<OrderLine> Lines);
