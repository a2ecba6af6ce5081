namespace ReportGen.Diagnostics;

/// <summary>
/// A problem of the machine, not of the inputs (another build writing the same folder): the command line
/// prints its message on one line and exits with 1.
/// </summary>
public sealed class EnvironmentException(string message) : Exception(message);
