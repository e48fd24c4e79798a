using System.Reflection;
using Distro.Hooks.Control;
using Distro.Profiler.Rewriting;

namespace Distro.Profiler.Tests;

/// <summary>The byte format between the managed instrumentation API (writer) and the profiler (reader), read back as the profiler reads it.</summary>
public class RewriteSpecificationTests
{
    [Fact]
    public void Decode_WhatTheManagedSideWritesForAStructMethod_ReadsBackEveryFact()
    {
        var method = typeof(Samples.Counter).GetMethod(nameof(Samples.Counter.Move))!;
        var locals = method.GetMethodBody()!.LocalVariables;
        var span = locals.First(local => local.LocalType == typeof(Span<int>)).LocalIndex;
        var other = locals.First(local => !local.LocalType.IsByRefLike).LocalIndex;

        var bytes = RewriteSpecificationWriter.Write(method, 42, [span], [(ILOffset: 7, ProbeId: 43, Locals: [other, span])]);
        var specification = RewriteSpecification.Decode(bytes);

        Assert.Equal(42, specification.MethodProbeId);
        Assert.True(specification.WrapsMethod);
        Assert.Equal(InstanceKind.ValueType, specification.Instance);
        Assert.False(specification.IsConstructor);
        Assert.Equal(0, specification.DeclaringTypeGenericArity);
        Assert.True(specification.ReturnNotCapturable);
        Assert.Equal([ValueFlags.None, ValueFlags.NotCapturable, ValueFlags.Out, ValueFlags.In], specification.Parameters);
        Assert.Equal([new LocalSpecification(span, ValueFlags.NotCapturable)], specification.ReturnLocals);
        var line = Assert.Single(specification.Lines);
        Assert.Equal((7, 43), (line.ILOffset, line.ProbeId));
        Assert.Equal([new LocalSpecification(other, ValueFlags.None), new LocalSpecification(span, ValueFlags.NotCapturable)], line.Locals);
    }

    [Fact]
    public void Decode_ConstructorOfAGenericClass_ReadsArityAndConstructor()
    {
        var constructor = typeof(Samples.Box<,>).GetConstructors().Single();

        var specification = RewriteSpecification.Decode(RewriteSpecificationWriter.Write(constructor, 1, [], []));

        Assert.Equal(InstanceKind.Reference, specification.Instance);
        Assert.True(specification.IsConstructor);
        Assert.Equal(2, specification.DeclaringTypeGenericArity);
        Assert.Empty(specification.Lines);
    }

    [Fact]
    public void Decode_LineProbesOnly_DoesNotWrapTheMethod()
    {
        var method = typeof(Samples).GetMethod(nameof(Samples.Static), BindingFlags.Public | BindingFlags.Static)!;

        var specification = RewriteSpecification.Decode(RewriteSpecificationWriter.Write(method, 0, [], [(3, 9, [])]));

        Assert.False(specification.WrapsMethod);
        Assert.Equal(InstanceKind.None, specification.Instance);
    }

    [Theory]
    [InlineData("")]
    [InlineData("01")]
    [InlineData("02 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00")]
    [InlineData("02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00")]
    [InlineData("02 01 00 00 00 09 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00")]
    public void Decode_MalformedBytes_ThrowsFormatException(string hex)
    {
        var bytes = Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

        Assert.Throws<FormatException>(() => RewriteSpecification.Decode(bytes));
    }

    [Fact]
    public void Decode_TrailingBytes_ThrowsFormatException()
    {
        var method = typeof(Samples).GetMethod(nameof(Samples.Static))!;
        byte[] bytes = [.. RewriteSpecificationWriter.Write(method, 1, [], []), 0];

        Assert.Throws<FormatException>(() => RewriteSpecification.Decode(bytes));
    }
}
