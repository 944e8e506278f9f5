using System.CommandLine;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Output;

namespace SearchIndex.Cli.Commands;

/// <summary><c>searchindex info</c>: what an index holds and how it was built.</summary>
public static class InfoCommand
{
    public static Command Create(CliContext context)
    {
        var index = IndexOption.Create();
        var format = new Option<string>("--format") { Description = "text (labelled lines) or json (one object)", DefaultValueFactory = _ => "text" }.OneOf("text", "json");
        var acronyms = new Option<bool>("--acronyms") { Description = "List the acronyms the corpus defines instead, one per line: acronym, tab, long form (JSON Lines with --format json)" };
        var check = new Option<bool>("--check")
        {
            Description = "Instead of the summary, read every file of the index to its end and compare its checksum with the one written with it; exit 2 naming the first file that fails",
        };
        var command = new Command("info", "Show what an index holds: articles, paragraphs, outlets, the span of dates, and how it was built")
        {
            index, format, acronyms, check,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(acronyms) && result.GetValue(check))
            {
                result.AddError("--acronyms and --check each replace the summary: give one of them");
            }
        });
        command.SetAction(parsed =>
        {
            var json = parsed.GetValue(format) == "json";
            if (parsed.GetValue(check))
            {
                IndexInfoWriter.WriteIntegrity(context.Out, IndexIntegrity.Check(parsed.GetValue(index)!), json);
                return ExitCodes.Success;
            }

            var info = IndexInfo.Read(parsed.GetValue(index)!);
            if (parsed.GetValue(acronyms))
            {
                IndexInfoWriter.WriteAcronyms(context.Out, context.Error, info, json);
            }
            else if (json)
            {
                IndexInfoWriter.WriteJson(context.Out, info);
            }
            else
            {
                IndexInfoWriter.WriteText(context.Out, info);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
