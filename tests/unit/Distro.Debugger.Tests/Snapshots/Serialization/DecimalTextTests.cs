using System.Globalization;
using System.Text;
using Distro.Debugger.Snapshots.Serialization;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class DecimalTextTests
{
    // Each value with how it is written here: xunit tells cases apart by what they display, and 0m and -0m display alike.
    public static TheoryData<string, decimal> Values => new()
    {
        { "1.25m", 1.25m }, { "1.250m", 1.250m }, { "1234.56m", 1234.56m }, { "0.05m", 0.05m }, { "0.000001m", 0.000001m },
        { "-0.05m", -0.05m }, { "-1234.5m", -1234.5m }, { "1m", 1m }, { "10m", 10m }, { "100.00m", 100.00m }, { "-7m", -7m },
        { "zero", 0m }, { "zero, scale 2", 0.00m }, { "negative zero", new decimal(0, 0, 0, true, 0) }, { "negative zero, scale 3", new decimal(0, 0, 0, true, 3) },
        { "2^64 - 1", ulong.MaxValue }, { "-(2^64 - 1)", -(decimal)ulong.MaxValue }, { "2^64", (decimal)ulong.MaxValue + 1 },
        { "decimal.MaxValue", decimal.MaxValue }, { "decimal.MinValue", decimal.MinValue },
        { "1e-28", new decimal(1, 0, 0, false, 28) }, { "-(2^64 - 1)e-28", new decimal(-1, -1, 0, true, 28) },
        { "(2^64 - 1)e-19", new decimal(-1, -1, 0, false, 19) }, { "(2^64 - 1)e-20", new decimal(-1, -1, 0, false, 20) },
        { "123e-10", new decimal(123, 0, 0, false, 10) }, { "decimal.MaxValue / 3", decimal.MaxValue / 3 },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void TryFormat_Value_WritesWhatTheRuntimeWrites(string label, decimal value)
    {
        _ = label;
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Format(value));
    }

    [Fact]
    public void TryFormat_RandomValuesOfEveryScale_WritesWhatTheRuntimeWrites()
    {
        var random = new Random(20261127);
        for (var i = 0; i < 20_000; i++)
        {
            // A third of them below 2^32, where the digits are few and the scale often exceeds them.
            var middle = i % 3 == 0 ? 0 : random.Next(int.MinValue, int.MaxValue);
            var value = new decimal(random.Next(int.MinValue, int.MaxValue), middle, 0, random.Next(2) == 0, (byte)random.Next(29));

            Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Format(value));
        }
    }

    [Fact]
    public void TryFormat_DestinationTooShort_ReturnsFalse()
    {
        var written = DecimalText.TryFormat(1234.56m, new byte[6], out var length);

        Assert.False(written);
        Assert.Equal(0, length);
    }

    private static string Format(decimal value)
    {
        var buffer = new byte[64];
        Assert.True(DecimalText.TryFormat(value, buffer, out var written));
        return Encoding.UTF8.GetString(buffer, 0, written);
    }
}
