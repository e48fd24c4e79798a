namespace Mvc.App.Models;

public sealed record StoredOrder(int Id, string CustomerId, List<OrderLine> Lines);
