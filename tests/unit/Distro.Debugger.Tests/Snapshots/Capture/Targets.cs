namespace Distro.Debugger.Tests.Snapshots.Capture;

/// <summary>Methods whose metadata the capture tests use; the tests drive the hooks for them by hand.</summary>
internal static class Targets
{
    public static int Add(int left, int right) => left + right;

    public static bool Login(string user, string password) => user.Length > 0 && password.Length > 0;

    public static bool TryParse(string text, ref int attempts, out int value)
    {
        attempts++;
        return int.TryParse(text, out value);
    }

    public static Task<int> ComputeAsync(int input) => Task.FromResult(input);

    public static async Task<int> WaitForeverAsync(CancellationToken cancellation)
    {
        await Task.Delay(Timeout.Infinite, cancellation);
        return 0;
    }

    public static void Fail(string reason) => throw new InvalidOperationException("failed: " + reason);

    public static ValueTask<int> ValueAsync(int input) => new(input);
}
