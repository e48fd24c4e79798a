namespace Mvc.App.Models;

public sealed record QuantitySummary(int NoteLength, int Count, int Total, int Max);
