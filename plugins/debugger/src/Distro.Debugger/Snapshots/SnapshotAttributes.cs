namespace Distro.Debugger.Snapshots;

/// <summary>The attribute names of a snapshot log record (DESIGN.md section 3), with OpenTelemetry's own code and exception names.</summary>
internal static class SnapshotAttributes
{
    public const string SnapshotId = "aws.di.snapshot_id";
    public const string LocationHash = "aws.di.location_hash";
    public const string InstrumentationType = "aws.di.instrumentation_type";
    public const string InstrumentationLevel = "aws.di.instrumentation_level";
    public const string DurationMs = "aws.di.duration_ms";
    public const string CodeUnit = "aws.di.code_unit";
    public const string ClassName = "aws.di.class_name";
    public const string MethodName = "aws.di.method_name";
    public const string FilePath = "aws.di.file_path";
    public const string LineNumber = "aws.di.line_number";
    public const string ThreadId = "aws.di.thread_id";
    public const string ThreadName = "aws.di.thread_name";

    public const string CodeFunctionName = "code.function.name";
    public const string CodeFilePath = "code.file.path";
    public const string CodeLineNumber = "code.line.number";
    public const string ExceptionType = "exception.type";
    public const string ExceptionMessage = "exception.message";

    public const string MethodLevel = "method";
    public const string LineLevel = "line";
}
