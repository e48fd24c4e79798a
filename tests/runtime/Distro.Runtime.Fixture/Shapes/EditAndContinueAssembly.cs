using System.Diagnostics;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;

namespace Distro.Runtime.Fixture.Shapes;

/// <summary>
/// A small assembly built for debugging (optimizations disabled, edit and continue allowed), as a Debug build run
/// under hot reload is. In a process started with DOTNET_MODIFIABLE_ASSEMBLIES=debug its module accepts edits, and
/// the runtime refuses to ReJIT the methods of such a module.
/// </summary>
public static class EditAndContinueAssembly
{
    public static Type Load()
    {
        var name = new AssemblyName("Distro.Runtime.Fixture.EditAndContinue");
        var builder = new PersistedAssemblyBuilder(name, typeof(object).Assembly);
        var modes = DebuggableAttribute.DebuggingModes.Default
            | DebuggableAttribute.DebuggingModes.DisableOptimizations
            | DebuggableAttribute.DebuggingModes.EnableEditAndContinue;
        builder.SetCustomAttribute(new CustomAttributeBuilder(typeof(DebuggableAttribute).GetConstructor([typeof(DebuggableAttribute.DebuggingModes)])!, [modes]));
        var module = builder.DefineDynamicModule(name.Name!);
        var type = module.DefineType("Editable", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);

        var increment = type.DefineMethod("Increment", MethodAttributes.Public | MethodAttributes.Static, typeof(int), [typeof(int)]);
        var il = increment.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Ret);

        type.CreateType();
        using var image = new MemoryStream();
        builder.Save(image);
        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image).GetType("Editable")!;
    }
}
