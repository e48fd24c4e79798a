namespace Distro.Debugger.Export.Text;

/// <summary>The snapshot attributes (DESIGN.md section 3) that the console exporter shows in its header.</summary>
internal static class SnapshotAttributeNames
{
    public const string InstrumentationLevel = "aws.di.instrumentation_level";
    public const string DurationMs = "aws.di.duration_ms";
    public const string CodeUnit = "aws.di.code_unit";
    public const string ClassName = "aws.di.class_name";
    public const string MethodName = "aws.di.method_name";
    public const string FilePath = "aws.di.file_path";
    public const string LineNumber = "aws.di.line_number";
    public const string ThreadId = "aws.di.thread_id";
    public const string ThreadName = "aws.di.thread_name";
    public const string FunctionName = "code.function.name";

    public const string LineLevel = "line";
}
