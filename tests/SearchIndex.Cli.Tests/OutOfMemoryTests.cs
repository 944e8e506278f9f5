namespace SearchIndex.Cli.Tests;

/// <summary>Running out of memory is one line and exit 2 (<see cref="CliApp.IsOutOfMemory"/>), not the runtime's stack trace.</summary>
public sealed class OutOfMemoryTests
{
    [Fact]
    public void Out_of_memory_is_known_as_thrown_and_from_inside_a_workers_aggregate()
    {
        Assert.True(CliApp.IsOutOfMemory(new OutOfMemoryException()));
        Assert.True(CliApp.IsOutOfMemory(new AggregateException(new AggregateException(new IOException(), new OutOfMemoryException()))));
        Assert.False(CliApp.IsOutOfMemory(new AggregateException(new IOException())));
        Assert.False(CliApp.IsOutOfMemory(new InvalidOperationException()));
    }
}
