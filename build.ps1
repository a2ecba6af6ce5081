#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Restore, build, test and generate ReportGen's outputs.
.DESCRIPTION
    Runs through the repository's local tool manifest:
        dotnet tool restore
        dotnet pwsh build.ps1 [-Target All|Restore|Build|Test|Generate|Sample|Report] [-Configuration Release]
        dotnet pwsh build.ps1 -Target Report -Period 2026-Q3 [-Per agence] [-NoBuild]
    All (the default) restores, builds, tests, then generates the sample project's documents into out/.
    Sample regenerates the sample's CSV files (tenants, staff mirror, comments) from the seeded generators;
    they must not change.
    Report regenerates one period's documents, as the quarterly CI job does: the wave -Period of the data,
    dated from the period, written under <Out>/<Period>/ (with one set per value of -Per, if given).
    -NoBuild skips restore and build (the binaries of -Configuration are already built, as in a CI job's later step).
    A failed step stops the script with that step's exit code (2 for bad input, as reportgen's own), after
    reportgen's messages, never a PowerShell trace.
#>
[CmdletBinding()]
param(
    [ValidateSet('All', 'Restore', 'Build', 'Test', 'Generate', 'Sample', 'Report')]
    [string] $Target = 'All',
    [string] $Configuration = 'Release',
    [string] $Project = 'data/reportgen.yaml',
    [string] $Out = 'out',
    [string] $Period = '',
    [string] $Per = '',
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

# A failure ends the script with the failed step's exit code and one line, never a PowerShell trace: the
# messages that matter (reportgen's file(line,col): error RGnnn lines) are already on standard error.
function Stop-Build([string] $Message, [int] $Code) {
    [Console]::Error.WriteLine("build.ps1: $Message")
    exit $Code
}

function Invoke-Step([string] $Name, [scriptblock] $Command) {
    Write-Host "==> $Name" -ForegroundColor Cyan
    & $Command
    if ($LASTEXITCODE -ne 0) {
        Stop-Build "$Name failed with exit code $LASTEXITCODE." $LASTEXITCODE
    }
}

$cli = 'src/ReportGen.Cli'
$steps = [ordered]@{
    Restore  = { Invoke-Step 'restore' { dotnet restore ReportGen.sln } }
    Build    = { Invoke-Step 'build' { dotnet build ReportGen.sln --no-restore -c $Configuration } }
    Test     = { Invoke-Step 'test' { dotnet test ReportGen.sln --no-build -c $Configuration } }
    Generate = { Invoke-Step 'generate' { dotnet run --project $cli --no-build -c $Configuration -- build $Project --out $Out } }
}

switch ($Target) {
    'All' { foreach ($step in $steps.Values) { & $step } }
    'Sample' {
        & $steps.Restore
        & $steps.Build
        foreach ($kind in 'tenants', 'staff', 'comments') {
            Invoke-Step "sample $kind" { dotnet run --project $cli --no-build -c $Configuration -- sample --kind $kind }
        }
    }
    'Report' {
        if (-not $Period) { Stop-Build "-Target Report needs -Period, for example -Period 2026-Q3 (a wave of the data)." 2 }
        if (-not $NoBuild) {
            & $steps.Restore
            & $steps.Build
        }
        $arguments = @('build', $Project, '--period', $Period, '--out', (Join-Path $Out $Period))
        if ($Per) { $arguments += @('--per', $Per) }
        Invoke-Step "report $Period" { dotnet run --project $cli --no-build -c $Configuration -- @arguments }
    }
    default {
        # A single target runs what it depends on first.
        foreach ($name in $steps.Keys) {
            & $steps[$name]
            if ($name -eq $Target) { break }
        }
    }
}
