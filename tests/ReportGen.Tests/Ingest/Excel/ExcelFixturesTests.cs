using ReportGen.Diagnostics;
using ReportGen.Ingest.Excel;
using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.Ingest.Excel;

/// <summary>
/// The committed Excel fixtures made again by their real producer, LibreOffice (Debian libreoffice-calc-nogui, and
/// python3-uno for the encrypted copy), installed here when missing: what they read must not change.
/// </summary>
public sealed class ExcelFixturesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("excel-fixtures-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    [Trait("Category", "Integration")]
    public void LibreOffice_makes_the_fixtures_again_with_the_same_cells()
    {
        DebianTool.Require("soffice", "libreoffice-calc-nogui");
        DebianTool.Require("python3", "python3");
        DebianTool.RequirePackage("python3-uno", () => DebianTool.Run("/usr/bin/python3", "-c \"import uno\"").ExitCode == 0);

        var (code, output) = DebianTool.Run("sh", $"\"{ExcelSourceTests.Fixture("excel/make.sh")}\" \"{_dir}\"");
        Assert.True(code == 0, output);

        foreach (var (file, options, firstLine) in new[]
        {
            ("survey.xlsx", new ExcelOptions("Résultats", HeaderRow: 3), 4),
            ("survey.xls", new ExcelOptions("Résultats", HeaderRow: 3), 4),
            ("survey-plain.xlsx", ExcelOptions.Default, 2),
        })
        {
            var bag = new DiagnosticBag();
            using var made = ExcelSourceTests.OpenOrFail(Path.Combine(_dir, file), options, bag);
            ExcelSourceTests.AssertCanonical(made, firstLine);
            Assert.Empty(bag.Items);
        }

        foreach (var file in new[] { "cells.xlsx", "cells.xls", "qualtrics.xlsx" })
        {
            var cells = new DiagnosticBag();
            using var made = ExcelSourceTests.OpenOrFail(Path.Combine(_dir, file), ExcelOptions.Default, cells);
            using var committed = ExcelSourceTests.OpenOrFail(ExcelSourceTests.Fixture(file), ExcelOptions.Default, cells);
            Assert.Equal(committed.Header, made.Header);
            Assert.Equal(ExcelSourceTests.ReadAll(committed).Select(r => (r.Line, string.Join('|', r.Fields))), ExcelSourceTests.ReadAll(made).Select(r => (r.Line, string.Join('|', r.Fields))));
        }

        var encrypted = new DiagnosticBag();
        Assert.Null(ExcelSource.Open(Path.Combine(_dir, "survey-encrypted.xlsx"), "survey-encrypted.xlsx", ExcelOptions.Default, default, encrypted));
        Assert.Contains("protected by a password", DiagnosticAssert.Single(encrypted.Items, "RG270").Message, StringComparison.Ordinal);
    }
}
