using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Distro.Debugger.Tests.Resolution;

/// <summary>
/// Small assemblies compiled for the tests into a temporary folder, in the shapes the probe targets cannot take:
/// an embedded PDB, a PDB of another build, no PDB, a Windows PDB, and an assembly the process has not loaded.
/// </summary>
public sealed class CompiledAssemblies : IDisposable
{
    public const string DocumentPath = "/src/compiled/Widget.cs";
    public const string Namespace = "Compiled";
    public const int TotalLine = 7;

    public const string WidgetSource = """
        namespace Compiled;

        public static class Widget
        {
            public static int Spin(int turns)
            {
                var total = turns * 2;
                return total;
            }
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("resolver-tests-").FullName;
    private readonly AssemblyLoadContext _context = new("resolver-tests", isCollectible: true);

    public CompiledAssemblies()
    {
        EmbeddedPdb = Load(Compile("Compiled.Embedded", "embedded", WidgetSource, DebugInformationFormat.Embedded));
        SideBySidePdbPath = Compile("Compiled.Later", "later", WidgetSource, DebugInformationFormat.PortablePdb);

        var matching = Compile("Compiled.Mismatched", "mismatched", WidgetSource, DebugInformationFormat.PortablePdb);
        var otherBuild = Compile("Compiled.Mismatched", "other-build", "// another build\n" + WidgetSource, DebugInformationFormat.PortablePdb);
        File.Copy(Path.ChangeExtension(otherBuild, ".pdb"), Path.ChangeExtension(matching, ".pdb"), overwrite: true);
        MismatchedPdb = Load(matching);

        var withoutPdb = Compile("Compiled.NoPdb", "no-pdb", WidgetSource, DebugInformationFormat.PortablePdb);
        File.Delete(Path.ChangeExtension(withoutPdb, ".pdb"));
        NoPdb = Load(withoutPdb);

        var windowsPdb = Compile("Compiled.WindowsPdb", "windows-pdb", WidgetSource, DebugInformationFormat.PortablePdb);
        File.WriteAllBytes(Path.ChangeExtension(windowsPdb, ".pdb"), [.. "Microsoft C/C++ MSF 7.00\r\n\u001aDS\0\0\0"u8]);
        WindowsPdb = Load(windowsPdb);
    }

    public Assembly EmbeddedPdb { get; }

    public Assembly MismatchedPdb { get; }

    public Assembly NoPdb { get; }

    public Assembly WindowsPdb { get; }

    /// <summary>An assembly with its PDB beside it that nothing loads: what the application could load later.</summary>
    public string SideBySidePdbPath { get; }

    /// <summary>Compiles the widget source into a new folder; returns the assembly's path.</summary>
    public string Compile(string assemblyName, string folder, string source, DebugInformationFormat format, string documentPath = DocumentPath)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_root, folder)).FullName;
        var assemblyPath = Path.Combine(directory, assemblyName + ".dll");
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, path: documentPath, encoding: Encoding.UTF8)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Debug, deterministic: true));

        using (var assembly = File.Create(assemblyPath))
        using (var pdb = format == DebugInformationFormat.Embedded ? null : File.Create(pdbPath))
        {
            var result = compilation.Emit(assembly, pdb, options: new EmitOptions(debugInformationFormat: format, pdbFilePath: pdbPath));
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        }

        return assemblyPath;
    }

    public void Dispose()
    {
        _context.Unload();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temporary folder is the system's to clean.
        }
    }

    private Assembly Load(string path) => _context.LoadFromAssemblyPath(path);
}
