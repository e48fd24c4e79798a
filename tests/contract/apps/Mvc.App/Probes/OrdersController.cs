// Contract tests name lines of this file (file:line probes, see tests/contract/apps/README.md): do not reformat it or move its lines.
using Microsoft.AspNetCore.Mvc;
using Mvc.App.Filters;
using Mvc.App.Models;

namespace Mvc.App.Probes;

[ApiController]
[Route("orders")]
[ActionNameHeader]
public sealed class OrdersController : ControllerBase
{
    private readonly PricingService _pricing;
    private readonly OrderRepository _repository;

    public OrdersController(PricingService pricing, OrderRepository repository)
    {
        _pricing = pricing;
        _repository = repository;
    }

    [HttpPost("")]
    public ActionResult<PriceQuote> Create(OrderRequest request, [FromQuery] bool express)
    {
        ArgumentNullException.ThrowIfNull(request);
        var quote = _pricing.PriceOrder(request.CustomerId, request.LoyaltyYears, express, request.ShipTo, request.Lines);
        return Ok(quote);
    }

    [HttpGet("{id:int}")]
    public async Task<ActionResult<OrderSummary>> GetAsync(int id, [FromQuery] string? currency, CancellationToken cancellationToken)
    {
        var order = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (order is null)
        {
            return NotFound();
        }
        var total = order.Lines.Sum(line => line.Quantity * line.UnitPrice);
        return new OrderSummary(order.Id, order.CustomerId, order.Lines.Count, total, currency ?? "EUR");
    }

    /// <summary>Rejects every order it is asked about: the exception that escapes to MVC, which answers 500.</summary>
    [HttpPost("{id:int}/reject")]
    public IActionResult Reject(int id, [FromQuery] string reason)
    {
        throw new InvalidOperationException($"Order {id} rejected: {reason}");
    }

    [HttpPost("summaries")]
    public ActionResult<QuantitySummary> Summarize(NoteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pricing.Summarize(request.Note, request.Quantities);
    }
}
