namespace Distro.Profiler.Interop;

/// <summary>The interface identifiers the profiler asks for or answers to.</summary>
internal static class InterfaceIds
{
    public static readonly Guid Unknown = new("00000000-0000-0000-C000-000000000046");
    public static readonly Guid ClassFactory = new("00000001-0000-0000-C000-000000000046");

    public static readonly Guid ProfilerCallback = new("176FBED1-A55C-4796-98CA-A9DA0EF883E7");
    public static readonly Guid ProfilerCallback2 = new("8A8CC829-CCF2-49FE-BBAE-0F022228071A");
    public static readonly Guid ProfilerCallback3 = new("4FD2ED52-7731-4B8D-9469-03D2CC3086C5");
    public static readonly Guid ProfilerCallback4 = new("7B63B2E3-107D-4D48-B2F6-F61E229470D2");

    /// <summary>ICorProfilerInfo4 (ReJIT) is the oldest the profiler works with; index = interface version.</summary>
    public static readonly Guid[] ProfilerInfoByVersion =
    [
        Guid.Empty,
        new("28B5557D-3F3F-48B4-90B2-5F9EEA2F6C48"),
        new("CC0935CD-A518-487D-B0BB-A93214E65478"),
        new("B555ED4F-452A-4E54-8B39-B5360BAD32A0"),
        new("0D8FDCAA-6257-47BF-B1BF-94DAC88466EE"),
        new("07602928-CE38-4B83-81E7-74ADAF781214"),
        new("F30A070D-BFFB-46A7-B1D8-8781EF7B698A"),
        new("9AEECC0D-63E0-4187-8C00-E312F503F663"),
        new("C5AC80A6-782E-4716-8044-39598C60CFBF"),
        new("008170DB-F8CC-4796-9A51-DC8AA0B47012"),
        new("2F1B5152-C869-40C9-AA5F-3ABE026BD720"),
        new("06398876-8987-4154-B621-40A00D6E4D04"),
        new("27B24CCD-1CB1-47C5-96EE-98190DC30959"),
        new("6E6C7EE2-0701-4EC2-9D29-2E8733B66934"),
        new("F460E352-D76D-4FE9-835F-F6AF9D6E862D"),
        new("B446462D-BD22-41DD-872D-DC714C49EB56"),
    ];

    public static readonly Guid MetaDataImport = new("7DAC8207-D3AE-4C75-9B67-92801A497D44");
    public static readonly Guid MetaDataEmit = new("BA3FEE4C-ECB9-4E41-83B7-183FA41CD859");
    public static readonly Guid MetaDataAssemblyImport = new("EE62470B-E94B-424E-9B7C-2F00C9249F93");
    public static readonly Guid MetaDataAssemblyEmit = new("211EF15B-5317-4438-B196-DEC87B887693");
}
