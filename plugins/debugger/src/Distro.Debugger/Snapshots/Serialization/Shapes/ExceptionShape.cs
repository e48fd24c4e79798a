using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>
/// An exception, compactly: <c>Message</c>, <c>InnerException</c>, then the fields that user exception types
/// declare (framework types' internals such as stack trace buffers are left out). Never calls ToString.
/// </summary>
internal sealed class ExceptionShape(Type exceptionType) : MemberShape
{
    private static readonly MemberName s_message = new("Message");
    private static readonly MemberName s_innerException = new("InnerException");

    private readonly ExceptionMessageReader _message = new(exceptionType);
    private readonly FieldsShape _userFields = new(InstanceFields.Of(exceptionType, static t => !FrameworkAssemblies.Declares(t)));

    public override int Read(object instance, Span<MemberValue> destination)
    {
        var exception = (Exception)instance;
        var buffer = new MemberBuffer(destination);
        try
        {
            buffer.Add(s_message, _message.Read(exception), typeof(string));
        }
        catch (Exception e)
        {
            buffer.AddFailure(s_message, typeof(string), e);
        }

        buffer.Add(s_innerException, exception.InnerException, typeof(Exception));
        _userFields.ReadInto(exception, ref buffer);
        return buffer.Count;
    }
}
