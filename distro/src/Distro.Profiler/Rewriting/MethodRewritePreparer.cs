using Distro.IL.Codec;
using Distro.IL.Rewriting;
using Distro.IL.Signatures;
using Distro.Profiler.Interop;
using Distro.Profiler.ReJit;

namespace Distro.Profiler.Rewriting;

/// <summary>
/// Builds the rewritten body of one method on the broker thread: reads its signature and locals, emits the
/// TypeSpecs and local signature it needs, and runs the pure IL rewriter.
/// </summary>
internal static class MethodRewritePreparer
{
    // CorMethodAttr and CorMethodImpl (cor.h).
    private const uint MethodAbstract = 0x0400;
    private const uint MethodPinvokeImplementation = 0x2000;
    private const uint ImplementationCodeTypeMask = 0x0003;
    private const uint ImplementationInternalCall = 0x1000;

    public static PreparedRewrite Prepare(
        long requestId,
        byte[] originalBody,
        ModuleMetadata metadata,
        MethodDefToken method,
        RewriteSpecification specification,
        HookTokens hooks)
    {
        var properties = metadata.GetMethodProperties(method);
        RejectBodiless(properties);
        var signature = ParseSignature(properties.Signature);
        if (signature.HasThis != (specification.Instance != InstanceKind.None) || signature.Parameters.Count != specification.Parameters.Count)
        {
            throw new RewriteRefusedException(
                FailureKind.InvalidSpecification,
                $"the request describes {specification.Parameters.Count} parameters (instance: {specification.Instance}) but the signature has {signature.Parameters.Count} (instance: {signature.HasThis})");
        }

        ILMethodBody body;
        try
        {
            body = ILMethodBody.Decode(originalBody);
        }
        catch (InvalidILException e)
        {
            throw new RewriteRefusedException(FailureKind.MethodNotRewritable, $"the method body cannot be decoded: {e.Message}");
        }

        var typeTokens = new TypeTokenFactory(metadata);
        var originalLocalSignature = body.LocalVarSigToken != 0 ? metadata.GetStandAloneSignature(new MetadataToken(body.LocalVarSigToken)) : [];
        var originalLocals = ParseLocals(originalLocalSignature);
        var parameters = signature.Parameters.Select((type, index) => PlanParameter(type, specification.Parameters[index], typeTokens)).ToArray();
        var lines = specification.Lines
            .Select(line => new LinePlan(line.ILOffset, line.ProbeId, PlanLocals(line.Locals, originalLocals, typeTokens)))
            .ToArray();
        var wrap = specification.WrapsMethod
            ? PlanWrap(body, metadata, signature, specification, originalLocalSignature, PlanLocals(specification.ReturnLocals, originalLocals, typeTokens), typeTokens)
            : null;
        var plan = new MethodRewritePlan(
            hooks,
            PlanInstance(specification, properties, typeTokens),
            specification.IsConstructor,
            parameters,
            wrap,
            lines);
        try
        {
            MethodRewriter.Apply(body, plan);
        }
        catch (RewriteNotSupportedException e)
        {
            throw new RewriteRefusedException(FailureKind.UnsupportedInstruction, e.Message);
        }

        var encoded = body.Encode();
        var map = encoded.OffsetMap
            .Select(entry => new ILMapEntry { OldOffset = (uint)entry.OldOffset, NewOffset = (uint)entry.NewOffset, Accurate = 1 })
            .ToArray();
        return new PreparedRewrite(requestId, encoded.Bytes.ToArray(), map);
    }

    /// <summary>Adds the frame local (and the result local) the method probe needs, and installs the new local signature.</summary>
    private static MethodWrapPlan PlanWrap(
        ILMethodBody body,
        ModuleMetadata metadata,
        MethodSignature signature,
        RewriteSpecification specification,
        byte[] originalLocalSignature,
        IReadOnlyList<LocalCapturePlan> returnLocals,
        TypeTokenFactory typeTokens)
    {
        var returnsValue = !signature.ReturnType.IsVoid;
        List<byte[]> newLocals = [TypeBlob.Object()];
        if (returnsValue)
        {
            newLocals.Add(signature.ReturnType.ToArray());
        }

        var locals = LocalSignature.Append(originalLocalSignature, newLocals, out var firstNewLocal);
        if (firstNewLocal + newLocals.Count > LocalSignature.MaxLocalCount)
        {
            throw new RewriteRefusedException(FailureKind.MethodNotRewritable, "the method has too many locals to add the probe's own");
        }

        body.LocalVarSigToken = metadata.GetTokenFromSignature(locals).Value;
        return new MethodWrapPlan(
            specification.MethodProbeId,
            returnsValue ? PlanReturn(signature.ReturnType, specification.ReturnNotCapturable, typeTokens) : null,
            FrameLocal: firstNewLocal,
            ReturnLocal: returnsValue ? firstNewLocal + 1 : -1,
            returnLocals);
    }

    private static IReadOnlyList<TypeSignature> ParseLocals(byte[] localSignature)
    {
        try
        {
            return localSignature.Length == 0 ? [] : LocalSignature.Parse(localSignature).Locals;
        }
        catch (InvalidSignatureException e)
        {
            throw new RewriteRefusedException(FailureKind.MethodNotRewritable, $"the local variable signature cannot be read: {e.Message}");
        }
    }

    private static LocalCapturePlan[] PlanLocals(IReadOnlyList<LocalSpecification> requested, IReadOnlyList<TypeSignature> locals, TypeTokenFactory typeTokens) =>
        [.. requested.Select(local =>
        {
            if (local.Slot >= locals.Count)
            {
                throw new RewriteRefusedException(FailureKind.InvalidSpecification, $"local slot {local.Slot} does not exist (the method has {locals.Count})");
            }

            var type = locals[local.Slot];
            if (type.IsPinned)
            {
                return new LocalCapturePlan(local.Slot, ValueCapture.Uncapturable(UncapturedReason.Pointer), IsByRef: false);
            }

            var isByRef = type.IsByRef;
            return new LocalCapturePlan(local.Slot, Classify(isByRef ? type.ElementOfByRef : type, (local.Flags & ValueFlags.NotCapturable) != 0, typeTokens), isByRef);
        })];

    private static void RejectBodiless(MethodProperties properties)
    {
        string? reason = (properties.Attributes & MethodAbstract) != 0 ? "it is abstract"
            : (properties.Attributes & MethodPinvokeImplementation) != 0 ? "it is a P/Invoke"
            : (properties.ImplementationFlags & ImplementationInternalCall) != 0 ? "it is an internal call"
            : (properties.ImplementationFlags & ImplementationCodeTypeMask) != 0 ? "its code is native or provided by the runtime"
            : properties.RelativeVirtualAddress == 0 ? "it has no IL body"
            : null;
        if (reason is not null)
        {
            throw new RewriteRefusedException(FailureKind.MethodNotRewritable, $"{properties.Name} cannot be rewritten: {reason}");
        }
    }

    private static MethodSignature ParseSignature(byte[] signature)
    {
        try
        {
            return MethodSignature.Parse(signature);
        }
        catch (InvalidSignatureException e)
        {
            throw new RewriteRefusedException(FailureKind.MethodNotRewritable, $"the method signature cannot be read: {e.Message}");
        }
    }

    private static InstancePlan? PlanInstance(RewriteSpecification specification, MethodProperties properties, TypeTokenFactory typeTokens) =>
        specification.Instance switch
        {
            InstanceKind.Reference => new InstancePlan(ValueCapture.Reference, IsByRef: false),
            InstanceKind.ValueType => new InstancePlan(
                ValueCapture.Box(typeTokens.ForDeclaringValueType(properties.DeclaringType, specification.DeclaringTypeGenericArity)),
                IsByRef: true),
            InstanceKind.NotCapturable => new InstancePlan(ValueCapture.Uncapturable(UncapturedReason.ByRefLike), IsByRef: true),
            _ => null,
        };

    private static ParameterPlan PlanParameter(TypeSignature type, ValueFlags flags, TypeTokenFactory typeTokens)
    {
        var isByRef = type.IsByRef;
        var value = isByRef ? type.ElementOfByRef : type;
        return new ParameterPlan(
            Classify(value, (flags & ValueFlags.NotCapturable) != 0, typeTokens),
            isByRef,
            IsOut: (flags & ValueFlags.Out) != 0,
            IsReadOnly: (flags & ValueFlags.In) != 0);
    }

    private static ReturnPlan PlanReturn(TypeSignature type, bool notCapturable, TypeTokenFactory typeTokens)
    {
        var isByRef = type.IsByRef;
        return new ReturnPlan(Classify(isByRef ? type.ElementOfByRef : type, notCapturable, typeTokens), isByRef);
    }

    private static ValueCapture Classify(TypeSignature type, bool notCapturable, TypeTokenFactory typeTokens)
    {
        if (notCapturable || type.IsTypedReference)
        {
            return ValueCapture.Uncapturable(UncapturedReason.ByRefLike);
        }

        if (type.IsPointer)
        {
            return ValueCapture.Uncapturable(UncapturedReason.Pointer);
        }

        return type.IsReferenceTypeBySignature ? ValueCapture.Reference : ValueCapture.Box(typeTokens.ForType(type));
    }
}
