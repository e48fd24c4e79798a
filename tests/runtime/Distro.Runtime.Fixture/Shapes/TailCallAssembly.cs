using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;

namespace Distro.Runtime.Fixture.Shapes;

/// <summary>
/// C# never emits <c>tail.</c> or <c>jmp</c>, so the fixture writes a small assembly that does and loads its image
/// like any other assembly (not dynamic, not collectible). The image stays in memory: no file is left behind.
/// </summary>
public static class TailCallAssembly
{
    public static Type Load()
    {
        var name = new AssemblyName("Distro.Runtime.Fixture.TailCalls");
        var builder = new PersistedAssemblyBuilder(name, typeof(object).Assembly);
        var module = builder.DefineDynamicModule(name.Name!);
        var type = module.DefineType("TailCalls", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);

        var target = type.DefineMethod("Target", MethodAttributes.Public | MethodAttributes.Static, typeof(int), [typeof(int)]);
        var il = target.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Ret);

        var forward = type.DefineMethod("Forward", MethodAttributes.Public | MethodAttributes.Static, typeof(int), [typeof(int)]);
        il = forward.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Tailcall);
        il.Emit(OpCodes.Call, target);
        il.Emit(OpCodes.Ret);

        var jump = type.DefineMethod("Jump", MethodAttributes.Public | MethodAttributes.Static, typeof(int), [typeof(int)]);
        il = jump.GetILGenerator();
        il.Emit(OpCodes.Jmp, target);

        type.CreateType();
        using var image = new MemoryStream();
        builder.Save(image);
        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image).GetType("TailCalls")!;
    }
}
