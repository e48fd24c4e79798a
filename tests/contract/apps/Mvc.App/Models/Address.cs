namespace Mvc.App.Models;

public sealed record Address(string Street, string City, string Country);
