namespace Mvc.App.Models;

/// <summary>The JSON body of <c>POST /orders/summaries</c>; tests send a long note and many quantities to exercise capture limits.</summary>
public sealed record NoteRequest(string Note, List<int> Quantities);
