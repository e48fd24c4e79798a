namespace MinimalApi.App.Models;

public sealed record EchoMessage(string Text, int Repeat);
