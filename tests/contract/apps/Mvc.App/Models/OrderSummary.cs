namespace Mvc.App.Models;

public sealed record OrderSummary(int Id, string CustomerId, int LineCount, decimal Total, string Currency);
