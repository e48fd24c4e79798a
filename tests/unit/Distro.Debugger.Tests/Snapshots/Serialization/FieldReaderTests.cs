using System.Reflection;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class FieldReaderTests
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void For_PrivateFieldOfAClass_ReadsItsValue(bool compile)
    {
        var read = FieldReader.For<decimal>(typeof(Account).GetField("_balance", Instance)!, compile);

        Assert.Equal(42.5m, read(new Account(42.5m, "ada")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void For_FieldOfABoxedStruct_ReadsItsValue(bool compile)
    {
        var read = FieldReader.For<long>(typeof(Position).GetField(nameof(Position.Offset))!, compile);

        Assert.Equal(-9L, read(new Position { Offset = -9 }));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void For_FieldDeclaredInABaseClass_ReadsItFromTheDerivedInstance(bool compile)
    {
        var read = FieldReader.For<string?>(typeof(Account).GetField("_owner", Instance)!, compile);

        Assert.Equal("grace", read(new SavingsAccount(1m, "grace")));
        Assert.Null(read(new SavingsAccount(1m, null)));
    }

    [Fact]
    public void For_FieldOfAnotherTypeThanAsked_ReadsThroughReflection()
    {
        var read = FieldReader.For<object>(typeof(Position).GetField(nameof(Position.Offset))!, compile: true);

        Assert.Equal(3L, read(new Position { Offset = 3 }));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void For_Compile_DecidesBetweenACompiledMethodAndReflection(bool compile)
    {
        var read = FieldReader.For<long>(typeof(Position).GetField(nameof(Position.Offset))!, compile);

        // A compiled (dynamic) method belongs to no type; the reflection reader is a lambda of the reader's class.
        Assert.Equal(compile, read.Method.DeclaringType is null);
    }

    internal class Account(decimal balance, string? owner)
    {
        private readonly decimal _balance = balance;
        private readonly string? _owner = owner;

        public override string ToString() => $"{_owner}: {_balance}";
    }

    internal sealed class SavingsAccount(decimal balance, string? owner) : Account(balance, owner);

    internal struct Position
    {
        public long Offset;
    }
}
