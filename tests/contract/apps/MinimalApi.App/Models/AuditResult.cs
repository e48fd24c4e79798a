namespace MinimalApi.App.Models;

public sealed record AuditResult(int NoteLength, int Count, int Total, int Max);
