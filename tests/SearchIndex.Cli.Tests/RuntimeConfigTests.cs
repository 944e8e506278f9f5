using System.Text.Json;

namespace SearchIndex.Cli.Tests;

/// <summary>The runtime settings the CLI ships with (its runtimeconfig.json), which decide its start-up cost.</summary>
public class RuntimeConfigTests
{
    [Fact]
    public void The_cli_runs_without_dynamic_code_so_lucenes_compiled_regexes_are_interpreted()
    {
        var properties = ConfigProperties();

        Assert.True(properties.TryGetProperty("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported", out var dynamicCode));
        Assert.False(dynamicCode.GetBoolean());
    }

    [Fact]
    public void The_cli_runs_without_dynamic_pgo()
    {
        Assert.False(ConfigProperties().GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    [Fact]
    public void The_cli_lets_the_gc_compact_a_fragmented_heap()
    {
        // Without it a build of ten copies of the shared corpus peaked at 490 MB of heap memory, 200 MB of it free
        // space in gen 2 that background collections never compact.
        Assert.Equal(9, ConfigProperties().GetProperty("System.GC.ConserveMemory").GetInt32());
    }

    private static JsonElement ConfigProperties()
    {
        var path = Path.ChangeExtension(ChildProcess.CliDll, ".runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
