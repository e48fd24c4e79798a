namespace Distro.Contract.Tests.Frameworks.MinimalApi;

/// <summary>The contract scenarios on MinimalApi.App, on the runtime the tests run on.</summary>
public sealed class MinimalApiContractTests(MinimalApiApp app) : MinimalApiScenarios(app), IClassFixture<MinimalApiApp>;
