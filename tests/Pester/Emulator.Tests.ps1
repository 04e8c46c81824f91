#Requires -Version 5.1
# Pester 5 suite: Start-BatchEmulator, Stop-BatchEmulator and New-BatchTestCommandLine in real PowerShell.
# Each Describe starts the emulators it needs and stops them in AfterAll.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest

    function Test-ProcessRunning([int] $Id) { [bool](Get-Process -Id $Id -ErrorAction SilentlyContinue) }

    function Wait-ProcessEnd([int] $Id, [int] $Seconds = 15) {
        $deadline = [DateTime]::UtcNow.AddSeconds($Seconds)
        while ((Test-ProcessRunning $Id) -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
        -not (Test-ProcessRunning $Id)
    }

    # This PowerShell as a command: a tool-installed pwsh runs as `dotnet pwsh.dll`.
    function Get-ThisPowerShell {
        $path = (Get-Process -Id $PID).Path
        if ([IO.Path]::GetFileNameWithoutExtension($path) -eq 'dotnet') { return @($path, [Environment]::GetCommandLineArgs()[0]) }
        @($path)
    }
}

Describe 'Start-BatchEmulator' {
    AfterAll {
        Stop-BatchEmulator
    }

    It 'starts an emulator, connects the session to it and says how long it took' {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $emulator = Start-BatchEmulator -InMemory
        $clock.Stop()
        Write-Host "Start-BatchEmulator -InMemory: ready in $($clock.ElapsedMilliseconds) ms"

        $emulator.Endpoint.Host | Should -Be '127.0.0.1'
        $emulator.Port | Should -Be $emulator.Endpoint.Port
        $id = New-TestId 'start'
        (New-BatchJob -Id $id -PoolId local).Id | Should -Be $id
        $emulator | Stop-BatchEmulator
    }

    It 'gives a connection of its own with -NoDefault, for -Context' {
        $first = Start-BatchEmulator -InMemory
        $second = Start-BatchEmulator -InMemory -NoDefault
        $id = New-TestId 'own'
        New-BatchJob -Id $id -PoolId local -Context $second.Context | Out-Null
        (Get-BatchJob -Id $id -Context $second.Context).Id | Should -Be $id
        Get-BatchJob -Id $id -ErrorAction SilentlyContinue -ErrorVariable missing
        $missing[0].FullyQualifiedErrorId | Should -BeLike 'JobNotFound,*'
        $first, $second | Stop-BatchEmulator
    }

    It 'shows the endpoint, never the key' {
        $emulator = Start-BatchEmulator -InMemory -WellKnownKey -NoDefault -WarningVariable warned 3>$null
        $text = ($emulator | Format-List * | Out-String) + ($emulator | ConvertTo-Json -Depth 6)
        $text | Should -Match ([regex]::Escape($emulator.Endpoint.ToString()))
        $text | Should -Not -Match 'nV4olOFLkLj4u3ast'
        $warned[0].Message | Should -BeLike '*published well-known key*'
        $emulator | Stop-BatchEmulator
    }

    It 'starts nothing under -WhatIf' {
        Start-BatchEmulator -InMemory -WhatIf | Should -BeNullOrEmpty
        Stop-BatchEmulator -Verbose 4>&1 | Should -BeNullOrEmpty
    }

    It 'reports a busy port in one line that names it' {
        $taken = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
        $taken.Start()
        try {
            $port = $taken.LocalEndpoint.Port
            { Start-BatchEmulator -InMemory -Port $port -ErrorAction Stop } | Should -Throw -ErrorId 'BatchEmulatorPortInUse,AzBatchJobs.Cmdlets.StartBatchEmulatorCommand' -ExpectedMessage "Port $port on 127.0.0.1 is already in use*"
        }
        finally {
            $taken.Stop()
        }
    }

    It 'names the emulator it cannot find' {
        { Start-BatchEmulator -EmulatorPath ./no/such/AzBatchJobs.Emulator.dll -ErrorAction Stop } | Should -Throw -ErrorId 'BatchEmulatorNotFound,*' -ExpectedMessage '*no/such/AzBatchJobs.Emulator.dll*'
    }
}

Describe 'Stop-BatchEmulator' {
    It 'stops the piped emulator and forgets the default connection it had' {
        $emulator = Start-BatchEmulator -InMemory
        $emulator | Stop-BatchEmulator
        Test-ProcessRunning $emulator.ProcessId | Should -BeFalse
        { Get-BatchJob -ErrorAction Stop } | Should -Throw -ErrorId 'BatchNoConnection,*'
    }

    It 'stops every emulator of the session without arguments' {
        $emulators = @(Start-BatchEmulator -InMemory -NoDefault; Start-BatchEmulator -InMemory -NoDefault)
        Stop-BatchEmulator
        $emulators | ForEach-Object { Test-ProcessRunning $_.ProcessId } | Should -Not -Contain $true
    }

    It 'stops nothing under -WhatIf' {
        $emulator = Start-BatchEmulator -InMemory -NoDefault
        $emulator | Stop-BatchEmulator -WhatIf
        Test-ProcessRunning $emulator.ProcessId | Should -BeTrue
        $emulator | Stop-BatchEmulator
    }

    It 'refuses a process that is not an emulator of this session' {
        Stop-BatchEmulator -ProcessId $PID -ErrorAction SilentlyContinue -ErrorVariable refused
        $refused[0].FullyQualifiedErrorId | Should -Be 'BatchEmulatorNotStartedHere,AzBatchJobs.Cmdlets.StopBatchEmulatorCommand'
        Test-ProcessRunning $PID | Should -BeTrue
    }

    It 'says when no emulator answers on a port' {
        $probe = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
        $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
        Stop-BatchEmulator -Port $port -ErrorAction SilentlyContinue -ErrorVariable missing
        $missing[0].FullyQualifiedErrorId | Should -BeLike 'BatchEmulatorNotFoundOnPort,*'
        $missing[0].ToString() | Should -BeLike "No emulator answers on 127.0.0.1:$port*"
    }
}

Describe 'Emulator lifetime' {
    BeforeAll {
        $script:manifest = (Get-Module AzBatchJobs).Path
    }

    It 'ends with the PowerShell process that started it, and outlives it with -KeepRunning' {
        $started = Start-Job -ScriptBlock {
            Import-Module $using:manifest
            Start-BatchEmulator -InMemory -NoDefault | Select-Object ProcessId, Port
            Start-BatchEmulator -InMemory -NoDefault -KeepRunning | Select-Object ProcessId, Port
        } | Receive-Job -Wait -AutoRemoveJob
        try {
            Wait-ProcessEnd $started[0].ProcessId | Should -BeTrue -Because 'the emulator ends with the session that started it'
            Test-ProcessRunning $started[1].ProcessId | Should -BeTrue -Because '-KeepRunning keeps it'
            # This session did not start it; it stops it by port.
            Stop-BatchEmulator -Port $started[1].Port
            Wait-ProcessEnd $started[1].ProcessId | Should -BeTrue
        }
        finally {
            $started | ForEach-Object { Stop-Process -Id $_.ProcessId -ErrorAction SilentlyContinue }
        }
    }
}

Describe 'New-BatchTestCommandLine' {
    BeforeAll {
        $script:emulator = Start-BatchEmulator -InMemory -NoDefault -Slots 4
        $script:jobId = New-TestId 'testline'
        New-BatchJob -Id $script:jobId -PoolId local -Context $script:emulator.Context | Out-Null
    }

    AfterAll {
        $script:emulator | Stop-BatchEmulator
    }

    It 'makes a task fail with the exit code and the stderr text' {
        $line = New-BatchTestCommandLine -ExitCode 4 -StandardError 'input not ready'
        New-BatchTask -JobId $script:jobId -Id fails -CommandLine $line -Context $script:emulator.Context | Out-Null
        $task = Wait-BatchTask -JobId $script:jobId -Id fails -Timeout '00:00:30' -PollInterval 1 -Context $script:emulator.Context
        $task.ExecutionInfo.ExitCode | Should -Be 4
        (Get-BatchTaskFile -JobId $script:jobId -TaskId fails -Path stderr.txt -Context $script:emulator.Context) -join '' | Should -Match 'input not ready'
    }

    It 'makes a task fail once, then succeed when reactivated' {
        $line = New-BatchTestCommandLine -FailFirst 1 -StandardError 'not yet'
        New-BatchTask -JobId $script:jobId -Id flaky -CommandLine $line -Context $script:emulator.Context | Out-Null
        (Wait-BatchTask -JobId $script:jobId -Id flaky -Timeout '00:00:30' -PollInterval 1 -Context $script:emulator.Context).ExecutionInfo.ExitCode | Should -Be 1
        Invoke-BatchTaskReactivate -JobId $script:jobId -Id flaky -Context $script:emulator.Context
        (Wait-BatchTask -JobId $script:jobId -Id flaky -Timeout '00:00:30' -PollInterval 1 -Context $script:emulator.Context).ExecutionInfo.ExitCode | Should -Be 0
    }

    It 'writes a Windows command line whose script behaves the same' {
        # The encoded script is what Windows PowerShell runs on a Windows node; this PowerShell runs it here.
        $line = New-BatchTestCommandLine -Platform Windows -FailFirst 1 -ExitCode 5 -StandardOutput "it's out" -StandardError 'err'
        $line | Should -BeLike 'powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand *'
        $encoded = ($line -split ' ')[-1]
        $shared = Join-Path ([IO.Path]::GetTempPath()) (New-TestId 'shared')
        New-Item -ItemType Directory $shared | Out-Null
        $env:AZ_BATCH_NODE_SHARED_DIR, $env:AZ_BATCH_JOB_ID, $env:AZ_BATCH_TASK_ID = $shared, 'job', 'task'
        $powershell = @(Get-ThisPowerShell)
        $arguments = @($powershell | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded)
        $errors = Join-Path $shared 'stderr.txt'
        try {
            $firstOut = & $powershell[0] @arguments 2>$errors
            $firstExit = $LASTEXITCODE
            $firstErr = Get-Content $errors
            $secondOut = & $powershell[0] @arguments 2>$errors
            $secondExit = $LASTEXITCODE
            $secondErr = Get-Content $errors
        }
        finally {
            Remove-Item Env:AZ_BATCH_NODE_SHARED_DIR, Env:AZ_BATCH_JOB_ID, Env:AZ_BATCH_TASK_ID
            Remove-Item $shared -Recurse -Force
        }
        $firstExit | Should -Be 5
        $firstOut | Should -Be "it's out"
        $firstErr | Should -Be 'err'
        $secondExit | Should -Be 0
        $secondOut | Should -Be "it's out"
        $secondErr | Should -BeNullOrEmpty
    }
}
