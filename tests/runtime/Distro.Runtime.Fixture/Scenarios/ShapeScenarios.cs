using System.Reflection;
using Distro.Runtime.Fixture.Shapes;

namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>One scenario per method shape of the design's list, each instrumenting one method.</summary>
public static unsafe class ShapeScenarios
{
    /// <summary>Captured before any instrumentation, as a web framework keeps a handler in its route table.</summary>
    private static readonly Func<int, int, int> s_capturedAdd = StaticShapes.Add;

    public static IReadOnlyDictionary<string, Func<ScenarioReport>> All { get; } = new Dictionary<string, Func<ScenarioReport>>
    {
        ["static"] = () => ScenarioRunner.Run(
            "static",
            Method(typeof(StaticShapes), nameof(StaticShapes.Add)),
            ("direct", () => StaticShapes.Add(2, 3)),
            ("captured-delegate", () => s_capturedAdd(40, 2))),
        ["instance"] = () => ScenarioRunner.Run(
            "instance",
            Method(typeof(Calculator), nameof(Calculator.AddOffset)),
            ("call", () => new Calculator(10).AddOffset(5))),
        ["struct-instance"] = () => ScenarioRunner.Run(
            "struct-instance",
            Method(typeof(Counter), nameof(Counter.Increment)),
            ("call", () =>
            {
                var counter = new Counter { Value = 1 };
                var result = counter.Increment(2);
                return $"{result} {counter}";
            })),
        ["ref-struct-instance"] = () => ScenarioRunner.Run(
            "ref-struct-instance",
            Method(typeof(Cursor), nameof(Cursor.Next)),
            ("call", () =>
            {
                Span<int> values = [7, 8];
                var cursor = new Cursor(values);
                return cursor.Next() + cursor.Next();
            })),
        ["constructor"] = () => ScenarioRunner.Run(
            "constructor",
            typeof(Widget).GetConstructor([typeof(string), typeof(int)])!,
            ("call", () => new Widget("gear", 3))),
        ["struct-constructor"] = () => ScenarioRunner.Run(
            "struct-constructor",
            typeof(Money).GetConstructor([typeof(decimal), typeof(string)])!,
            ("call", () => new Money(12.5m, "EUR"))),
        ["generic-method"] = () => ScenarioRunner.Run(
            "generic-method",
            Method(typeof(StaticShapes), nameof(StaticShapes.Echo)),
            ("int", () => StaticShapes.Echo(5)),
            ("string", () => StaticShapes.Echo("five")),
            ("struct", () => StaticShapes.Echo(new Point(1, 2)))),
        ["generic-class"] = () => ScenarioRunner.Run(
            "generic-class",
            Method(typeof(Box<>), "Swap"),
            ("int", () => new Box<int>(1).Swap(2)),
            ("string", () => new Box<string>("old").Swap("new"))),
        ["generic-method-in-generic-class"] = () => ScenarioRunner.Run(
            "generic-method-in-generic-class",
            Method(typeof(Box<>), "PairWith"),
            ("int-string", () => new Box<int>(1).PairWith("one")),
            ("string-int", () => new Box<string>("two").PairWith(2)),
            ("int-struct", () => new Box<int>(3).PairWith(new Point(4, 5))),
            ("string-string", () => new Box<string>("six").PairWith("seven"))),
        ["generic-struct"] = () => ScenarioRunner.Run(
            "generic-struct",
            Method(typeof(Pair<>), "Pick"),
            ("int", () => new Pair<int>(1, 2).Pick(first: false)),
            ("string", () => new Pair<string>("a", "b").Pick(first: true))),
        ["ref-out-in"] = () => ScenarioRunner.Run(
            "ref-out-in",
            Method(typeof(StaticShapes), nameof(StaticShapes.TryBump)),
            ("call", () =>
            {
                var counter = 1;
                var ok = StaticShapes.TryBump("42", ref counter, out var parsed, new Point(5, 0));
                return $"{ok} {counter} {parsed}";
            })),
        ["ref-return"] = () => ScenarioRunner.Run(
            "ref-return",
            Method(typeof(StaticShapes), nameof(StaticShapes.Slot)),
            ("call", () =>
            {
                int[] values = [10, 20, 30];
                ref var slot = ref StaticShapes.Slot(values, 1);
                slot = 99;
                return string.Join(',', values);
            })),
        ["span-parameters"] = () => ScenarioRunner.Run(
            "span-parameters",
            Method(typeof(StaticShapes), nameof(StaticShapes.SumSpan)),
            ("call", () => StaticShapes.SumSpan([1, 2, 3], "ab"))),
        ["span-return"] = () => ScenarioRunner.Run(
            "span-return",
            Method(typeof(StaticShapes), nameof(StaticShapes.Window)),
            ("call", () => StaticShapes.Window([1, 2, 3, 4], 1).Length)),
        ["pointers"] = () => ScenarioRunner.Run(
            "pointers",
            Method(typeof(StaticShapes), nameof(StaticShapes.Dereference)),
            ("call", () =>
            {
                var value = 21;
                return StaticShapes.Dereference(&value, &StaticShapes.Negate);
            })),
        ["many-parameters"] = () => ScenarioRunner.Run(
            "many-parameters",
            Method(typeof(StaticShapes), nameof(StaticShapes.Many)),
            ("call", () => StaticShapes.Many(1, 2L, "three", 4.5, true, 'c', 7, 8, 9.5f, 10.25m, new Point(11, 12), null, 13, DayOfWeek.Friday))),
        ["exception-handling"] = () => ScenarioRunner.Run(
            "exception-handling",
            Method(typeof(StaticShapes), nameof(StaticShapes.Classify)),
            ("case-1", () => StaticShapes.Classify(1)),
            ("caught-inside", () => StaticShapes.Classify(3)),
            ("escapes", () => StaticShapes.Classify(4)),
            ("default", () => StaticShapes.Classify(9))),
        ["stackalloc"] = () => ScenarioRunner.Run(
            "stackalloc",
            Method(typeof(StaticShapes), nameof(StaticShapes.StackSum)),
            ("call", () => StaticShapes.StackSum(5))),
        ["recursion"] = () => ScenarioRunner.Run(
            "recursion",
            Method(typeof(StaticShapes), nameof(StaticShapes.Fibonacci)),
            ("call", () => StaticShapes.Fibonacci(4))),
        ["throws"] = () => ScenarioRunner.Run(
            "throws",
            Method(typeof(Thrower), nameof(Thrower.Fail)),
            ("call", () => Thrower.Fail("boom")),
            ("through-finally", () => Thrower.FailThroughFinally(7)),
            ("caught-by-caller-method", () => Thrower.CatchOwn(5))),
        ["throws-through-finally"] = () => ScenarioRunner.Run(
            "throws-through-finally",
            Method(typeof(Thrower), nameof(Thrower.FailThroughFinally)),
            ("call", () => Thrower.FailThroughFinally(7))),
        ["catches-own"] = () => ScenarioRunner.Run(
            "catches-own",
            Method(typeof(Thrower), nameof(Thrower.CatchOwn)),
            ("call", () => Thrower.CatchOwn(5))),
        ["inlined-callee"] = () => ScenarioRunner.Run(
            "inlined-callee",
            Method(typeof(StaticShapes), nameof(StaticShapes.Triple)),
            ("through-inliner", () => StaticShapes.TriplePlusOne(2)),
            ("direct", () => StaticShapes.Triple(2))),
    };

    private static MethodBase Method(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
        ?? throw new MissingMethodException(type.FullName, name);
}
