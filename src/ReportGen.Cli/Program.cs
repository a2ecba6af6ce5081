using ReportGen.Cli;

return ReportGenApp.Run(args, Console.Out, Console.Error);
