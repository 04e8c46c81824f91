# Runs a script in a fresh process of the PowerShell running the tests, for what one session cannot
# show: a module loaded before another, a module installed into a user's module path.

function Invoke-FreshPowerShell {
    <#
    .SYNOPSIS
        Runs a script file in a new pwsh process and returns its exit code, output lines and error text.
    .PARAMETER Environment
        Variables to set in the new process; a $null value removes the variable.
    #>
    param(
        [Parameter(Mandatory)] [string] $ScriptPath,
        [string[]] $ArgumentList = @(),
        [hashtable] $Environment = @{},
        [string] $WorkingDirectory = (Get-Location).Path,
        [TimeSpan] $Timeout = '00:03:00'
    )
    # A tool-installed pwsh runs as `dotnet pwsh.dll`: the process path alone (dotnet) would not start PowerShell.
    $processPath = [Environment]::ProcessPath
    $start = [Diagnostics.ProcessStartInfo]::new($processPath)
    if ([IO.Path]::GetFileNameWithoutExtension($processPath) -eq 'dotnet') {
        $start.ArgumentList.Add([Environment]::GetCommandLineArgs()[0])
    }
    foreach ($argument in @('-NoProfile', '-NonInteractive', '-File', $ScriptPath) + $ArgumentList) {
        $start.ArgumentList.Add($argument)
    }
    foreach ($name in $Environment.Keys) {
        if ($null -eq $Environment[$name]) { $null = $start.Environment.Remove($name) } else { $start.Environment[$name] = $Environment[$name] }
    }
    $start.WorkingDirectory = $WorkingDirectory
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false

    $process = [Diagnostics.Process]::Start($start)
    try {
        $stdout = $process.StandardOutput.ReadToEndAsync()
        $stderr = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit([int]$Timeout.TotalMilliseconds)) {
            $process.Kill($true)
            throw "pwsh -File $ScriptPath did not end within $Timeout."
        }
        $process.WaitForExit()
        [pscustomobject]@{
            ExitCode = $process.ExitCode
            Output   = @($stdout.Result -split '\r?\n' | Where-Object { $_ })
            Errors   = $stderr.Result
        }
    }
    finally {
        $process.Dispose()
    }
}

function Read-FreshPowerShellResult {
    <# The JSON object a fresh process wrote as its last output line; throws with its errors when it failed. #>
    param([Parameter(Mandatory, ValueFromPipeline)] $Run)
    if ($Run.ExitCode -ne 0 -or $Run.Output.Count -eq 0) {
        throw "The fresh pwsh failed (exit code $($Run.ExitCode)):`n$($Run.Output -join "`n")`n$($Run.Errors)"
    }
    $Run.Output[-1] | ConvertFrom-Json
}

Export-ModuleMember -Function Invoke-FreshPowerShell, Read-FreshPowerShellResult
