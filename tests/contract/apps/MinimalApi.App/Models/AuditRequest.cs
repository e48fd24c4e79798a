namespace MinimalApi.App.Models;

/// <summary>The JSON body of <c>POST /api/inventory/audits</c>; tests send a long note and many counts to exercise capture limits.</summary>
public sealed record AuditRequest(string Note, List<int> Counts);
