namespace SearchIndex.Cli.Tests;

/// <summary>
/// Regression: on a pseudo-terminal (<c>docker run -t</c>, <c>ssh -t</c>, <c>kubectl exec -t</c>, <c>script</c>) whose
/// TERM has a keypad mode (xterm), the .NET console wrote its "keypad transmit" string, ESC [?1h ESC =, before the
/// first byte of output, and never undid it: <c>docker run -t … search x --format json &gt; out.json</c> was not JSON.
/// The CLI writes only what it means to write.
/// </summary>
public class TerminalEscapeTests
{
    [Theory]
    [InlineData("")]                   // stdout is the terminal
    [InlineData(" > /dev/null")]       // stdout elsewhere, stdin and stderr still the terminal
    public void Output_on_a_pseudo_terminal_holds_no_escape_the_CLI_did_not_write(string redirect)
    {
        var command = $"env TERM=xterm dotnet '{ChildProcess.CliDll}' analyze --format jsonl satu{redirect}";
        var (exitCode, output, _) = ChildProcess.RunProgram("script", "-qec", command, "/dev/null");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain('\u001b', output);
        Assert.Equal(redirect == "" ? "{\"word\":\"satu\"" : "", output.Length > 0 ? output[..14] : "");
    }
}
