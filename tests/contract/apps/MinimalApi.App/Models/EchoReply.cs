namespace MinimalApi.App.Models;

public sealed record EchoReply(string Text, int Length);
