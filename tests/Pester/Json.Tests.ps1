#Requires -Version 5.1
# Pester 5 suite: REST-shaped JSON in and out (New-BatchJob / New-BatchTask -Json and -JsonFile,
# Add-BatchTaskCollection -JsonFile and piped JSON lines, ConvertTo-BatchJson), one Describe each, in real
# PowerShell against an emulator started by Start-BatchEmulator. The help, README and about_ examples of
# these parameters run here as they are written; only their ids are replaced by fresh ones.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest
    # No slots: the tasks of the examples (Windows programs from Microsoft's samples) are stored, not run.
    $script:emulator = Start-BatchEmulator -InMemory -Slots 0
    $script:repository = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

    function Get-HelpExample([string] $Cmdlet, [string] $Title) {
        <# The code of the example titled $Title in module/help/$Cmdlet.md. #>
        $text = Get-Content -Raw (Join-Path $repository "module/help/$Cmdlet.md")
        $pattern = '(?ms)^### ' + [regex]::Escape($Title) + '\s*\r?\n```powershell\r?\n(.*?)\r?\n```'
        $match = [regex]::Match($text, $pattern)
        if (-not $match.Success) { throw "No example '$Title' in $Cmdlet.md" }
        $match.Groups[1].Value
    }

    function Get-ReadmeJsonExample {
        <# The PowerShell block of the README's section on REST-shaped JSON. #>
        $text = Get-Content -Raw (Join-Path $repository 'README.md')
        $match = [regex]::Match($text, '(?ms)^### Job and task definitions as the REST API''s JSON.*?```powershell\r?\n(.*?)\r?\n```')
        if (-not $match.Success) { throw 'No JSON example in README.md' }
        $match.Groups[1].Value
    }

    function Get-AboutJsonExample {
        <# The indented command lines of the REST-SHAPED JSON section of about_AzBatchJobs. #>
        $lines = Get-Content (Join-Path $repository 'module/en-US/about_AzBatchJobs.help.txt')
        $start = [array]::IndexOf($lines, '  REST-SHAPED JSON')
        $end = [array]::IndexOf($lines, '  MANY TASKS')
        ($lines[$start..$end] | Where-Object { $_ -match '^        \S' } | ForEach-Object { $_.Trim() }) -join "`n"
    }

    function Invoke-Example([string] $Code, [hashtable] $Ids = @{}) {
        <# Runs example code in a fresh folder, each id in $Ids (a whole word) replaced by its fresh value. #>
        foreach ($name in $Ids.Keys | Sort-Object Length -Descending) { $Code = $Code -replace "\b$([regex]::Escape($name))\b", $Ids[$name] }
        $folder = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $folder
        Push-Location $folder
        try { & ([scriptblock]::Create($Code)) } finally { Pop-Location }
    }

    function Get-TaskIds([string] $JobId) { @(Get-BatchTask -JobId $JobId -Select id | ForEach-Object Id | Sort-Object) }

    function Assert-SameJson($Expected, $Actual, [string] $Path = '$') {
        <# The same JSON by meaning: the same properties, each with an equal value, in any order. #>
        if ($Expected -is [System.Management.Automation.PSCustomObject]) {
            $Actual | Should -BeOfType [System.Management.Automation.PSCustomObject] -Because $Path
            @($Actual.PSObject.Properties.Name | Sort-Object) | Should -Be @($Expected.PSObject.Properties.Name | Sort-Object) -Because "$Path has the same properties"
            foreach ($name in $Expected.PSObject.Properties.Name) { Assert-SameJson $Expected.$name $Actual.$name "$Path.$name" }
        }
        elseif ($Expected -is [array]) {
            @($Actual).Count | Should -Be $Expected.Count -Because "$Path has the same items"
            for ($i = 0; $i -lt $Expected.Count; $i++) { Assert-SameJson $Expected[$i] @($Actual)[$i] "$Path[$i]" }
        }
        else {
            $Actual | Should -Be $Expected -Because $Path
        }
    }
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'New-BatchJob -Json and -JsonFile' {
    It 'creates Microsoft''s complex Create Job example, with the parameters given winning' {
        $id = New-TestId 'complex'
        $job = New-BatchJob -JsonFile (Join-Path $repository 'samples/Json/job.json') -Id $id -DisplayName 'From the docs'
        $job.Id | Should -Be $id
        $job.DisplayName | Should -Be 'From the docs'
        $job.Priority | Should -Be 100
        $job.JobManagerTask.Id | Should -Be 'taskId'
        $job.JobManagerTask.ResourceFiles[1].StorageContainerUrl | Should -Be 'http://mystorage1.blob.core.windows.net/data?sas'
        $job.PoolInfo.AutoPoolSpecification.Pool.VirtualMachineConfiguration.NodeAgentSkuId | Should -Be 'batch.node.windows amd64'
        $job.Metadata[0].Name | Should -Be 'myproperty'
    }

    It 'runs the help example "From a JSON definition" as written' {
        $job = Invoke-Example (Get-HelpExample New-BatchJob 'From a JSON definition')
        $job.Id | Should -Be "nightly-$(Get-Date -f yyyyMMdd)"
        $job.Priority | Should -Be 50
        $job.Constraints.MaxTaskRetryCount | Should -Be -1
        $job.Constraints.MaxWallClockTime | Should -Be ([timespan]'01:00:00')
        $job.UsesTaskDependencies | Should -BeTrue
    }

    It 'runs the help example "Copy a job": the copy has the original''s definition' {
        $original = New-TestId 'orig'
        $null = New-BatchJob -Id $original -PoolId local -Priority 9 -JobPreparationTask @{ CommandLine = 'hostname' } -Metadata @{ owner = 'ops' }
        Invoke-Example (Get-HelpExample New-BatchJob 'Copy a job') -Ids @{ nightly = $original }
        $copy = Get-BatchJob -Id "$original-copy"
        $copy.Priority | Should -Be 9
        $copy.JobPreparationTask.CommandLine | Should -Be 'hostname'
        $copy.Metadata[0].Value | Should -Be 'ops'
    }

    It 'takes -Json text, and -WhatIf reads it and creates nothing' {
        $id = New-TestId 'whatif'
        $json = "{ ""id"": ""$id"", ""poolInfo"": { ""poolId"": ""local"" } }"
        New-BatchJob -Json $json -WhatIf | Should -BeNullOrEmpty
        Get-BatchJob -Id $id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        (New-BatchJob -Json $json).Id | Should -Be $id
    }

    It 'refuses an invalid file with every problem named by its JSON path, and creates nothing' {
        $id = New-TestId 'invalid'
        $file = Join-Path $TestDrive 'invalid-job.json'
        "{ ""id"": ""$id"", ""poolInfo"": { ""poolId"": ""local"" }, ""priority"": ""high"", ""Constraints"": {} }" | Set-Content -Path $file
        $result = New-BatchJob -JsonFile $file -ErrorVariable failures -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'InvalidBatchJson,AzBatchJobs.Cmdlets.NewBatchJobCommand'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $failures[0].TargetObject | Should -Be $id
        $lines = "$($failures[0])" -split [Environment]::NewLine
        $lines[0] | Should -Be "$($file): priority: expected a whole number, found a string."
        $lines[1] | Should -Be "$($file): Constraints: is not a property of BatchJobCreateOptions: did you mean 'constraints'? (names are case-sensitive)"
        Get-BatchJob -Id $id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'names a missing file' {
        New-BatchJob -JsonFile (Join-Path $TestDrive 'none.json') -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Be 'JsonFileNotFound,AzBatchJobs.Cmdlets.NewBatchJobCommand'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'New-BatchTask -Json and -JsonFile' {
    It 'runs the help example "From the REST API''s JSON" as written' {
        $job = New-TestJob 'task'
        $task = Invoke-Example (Get-HelpExample New-BatchTask 'From the REST API''s JSON') -Ids @{ etl = $job }
        $task.Id | Should -Be 'report'
        $task.Constraints.MaxTaskRetryCount | Should -Be 2
        $task.EnvironmentSettings[0].Value | Should -Be 'full'
    }

    It 'adds a task from a file relative to the location, -Id winning, and one from a piped JSON string' {
        $job = New-TestJob 'taskfile'
        Push-Location $TestDrive
        try {
            '{ "id": "in-file", "commandLine": "run.exe", "requiredSlots": 1 }' | Set-Content -Path task.json
            (New-BatchTask -JobId $job -JsonFile task.json -Id second).Id | Should -Be 'second'
        }
        finally { Pop-Location }
        ('{ "id": "piped", "commandLine": "run.exe" }' | New-BatchTask -JobId $job).Id | Should -Be 'piped'
        Get-TaskIds $job | Should -Be @('piped', 'second')
    }

    It 'refuses a task that breaks the service''s rules, naming its JSON path, and adds nothing' {
        $job = New-TestJob 'taskbad'
        New-BatchTask -JobId $job -Json '{ "id": "t", "commandLine": "x", "constraints": { "maxWallClockTime": "soon" } }' -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Be 'InvalidBatchJson,AzBatchJobs.Cmdlets.NewBatchTaskCommand'
        "$($failures[0])" | Should -BeLike '-Json: constraints.maxWallClockTime: *'
        Get-TaskIds $job | Should -BeNullOrEmpty
    }
}

Describe 'Add-BatchTaskCollection -JsonFile and JSON lines' {
    It 'runs the help example "From a JSON file" as written' {
        $job = New-TestJob 'collection'
        $outcomes = Invoke-Example (Get-HelpExample Add-BatchTaskCollection 'From a JSON file') -Ids @{ etl = $job }
        @($outcomes | ForEach-Object { "$($_.TaskId) $($_.Status)" } | Sort-Object) | Should -Be @('simple1 Added', 'simple2 Added')
        (Get-BatchTask -JobId $job -Id simple2).Constraints.MaxTaskRetryCount | Should -Be 2
    }

    It 'runs the help example "From JSON Lines" as written' {
        $source = New-TestJob 'lines'
        $target = New-TestJob 'linescopy'
        $null = 'a', 'b' | ForEach-Object { @{ Id = $_; CommandLine = "run.exe $_" } } | Add-BatchTaskCollection -JobId $source
        $null = Invoke-Example (Get-HelpExample Add-BatchTaskCollection 'From JSON Lines') -Ids @{ 'etl-copy' = $target; etl = $source }
        Get-TaskIds $target | Should -Be @('a', 'b')
        (Get-BatchTask -JobId $target -Id b).CommandLine | Should -Be 'run.exe b'
    }

    It 'adds Microsoft''s complex Add Task Collection example, and -WhatIf adds nothing' {
        $job = New-TestJob 'complex'
        $file = Join-Path $repository 'samples/Json/tasks.json'
        Add-BatchTaskCollection -JobId $job -JsonFile $file -WhatIf | Should -BeNullOrEmpty
        Get-TaskIds $job | Should -BeNullOrEmpty
        $null = Add-BatchTaskCollection -JobId $job -JsonFile $file
        (Get-BatchTask -JobId $job -Id complex1).MultiInstanceSettings.NumberOfInstances | Should -Be 3
    }

    It 'refuses a file with an invalid task before anything is sent' {
        $job = New-TestJob 'refused'
        $file = Join-Path $TestDrive 'refused.jsonl'
        '{"id":"good","commandLine":"x"}', '{"id":"bad","commandLine":"x","resourceFiles":[{"httpUrl":"https://x/a","filePath":7}]}' | Set-Content -Path $file
        # The summary ends the statement (a terminating error a runbook's catch sees); each invalid task comes before it.
        $summary = $null
        $outcomes = try { Add-BatchTaskCollection -JobId $job -JsonFile $file -ErrorVariable failures -ErrorAction SilentlyContinue } catch { $summary = $_ }
        $outcomes | Should -BeNullOrEmpty
        $summary.FullyQualifiedErrorId | Should -Be 'InvalidBatchJsonFile,AzBatchJobs.Cmdlets.AddBatchTaskCollectionCommand'
        "$summary" | Should -Be "$($file): 1 invalid task; nothing was sent."
        $failures[0].FullyQualifiedErrorId | Should -Be 'InvalidBatchJson,AzBatchJobs.Cmdlets.AddBatchTaskCollectionCommand'
        "$($failures[0])" | Should -Be "$($file): line 2: resourceFiles[0].filePath: expected a string, found a number."
        $failures[0].TargetObject | Should -Be 'bad'
        Get-TaskIds $job | Should -BeNullOrEmpty
    }

    It 'adds the valid piped JSON lines and names each invalid one by file and line' {
        $job = New-TestJob 'piped'
        $file = Join-Path $TestDrive 'piped.jsonl'
        '{"id":"one","commandLine":"x"}', '{"id":"two","commandLine":"x","colour":"red"}', '{"id":"three","commandLine":"x"}' | Set-Content -Path $file
        $outcomes = Get-Content $file | Add-BatchTaskCollection -JobId $job -ErrorVariable failures -ErrorAction SilentlyContinue
        @($outcomes.TaskId | Sort-Object) | Should -Be @('one', 'three')
        $failures.Count | Should -Be 1
        "$($failures[0])" | Should -BeLike 'piped.jsonl: line 2: colour: is not a property of BatchTaskCreateOptions;*'
    }
}

Describe 'ConvertTo-BatchJson' {
    It 'round-trips a full job definition through -JsonFile with every property equal' {
        $id = New-TestId 'full'
        $file = Join-Path $repository 'tests/data/full-job.json'
        $null = New-BatchJob -JsonFile $file -Id $id
        $back = Get-BatchJob -Id $id | ConvertTo-BatchJson -WarningVariable warnings
        $expected = Get-Content -Raw $file | ConvertFrom-Json
        $expected.id = $id
        # The service never returns the file's secrets (passwords, a storage key).
        $pool = $expected.poolInfo.autoPoolSpecification.pool
        $pool.userAccounts[0].PSObject.Properties.Remove('password')
        $pool.mountConfiguration[2].cifsMountConfiguration.PSObject.Properties.Remove('password')
        $pool.mountConfiguration[3].azureFileShareConfiguration.PSObject.Properties.Remove('accountKey')
        Assert-SameJson $expected ($back | ConvertFrom-Json)
        "$warnings" | Should -BeLike "Secrets were left out of the JSON of '$id': *userAccounts``[0``].password, *cifsMountConfiguration.password, *azureFileShareConfiguration.accountKey. Add them where you use the JSON."
        $back | Should -Not -Match 'Example-not-a-secret'
    }

    It 'runs the help examples as written: a job and its tasks copied through files' {
        $original = New-TestId 'src'
        $null = New-BatchJob -Id $original -PoolId local -Priority 3
        $null = New-BatchTask -JobId $original -Id t1 -CommandLine "run.exe 'quoted'"
        Invoke-Example ((Get-HelpExample ConvertTo-BatchJson 'Copy a job'), (Get-HelpExample ConvertTo-BatchJson 'Keep the tasks of a job as JSON Lines') -join "`n") -Ids @{ nightly = $original } | Out-Null
        (Get-BatchJob -Id "$original-copy").Priority | Should -Be 3
        (Get-BatchTask -JobId "$original-copy" -Id t1).CommandLine | Should -Be "run.exe 'quoted'"
    }

    It 'writes one line per object with -Compress, leaves secrets out with a warning, and refuses other objects' {
        $spec = [AzBatchJobs.Client.Models.BatchJobCreateOptions]@{
            Id = 'with-secret'
            PoolInfo = @{ AutoPoolSpecification = @{ PoolLifetimeOption = 'job'; Pool = @{ VmSize = 'small'; UserAccounts = @(@{ Name = 'u'; Password = 'p@ss-not-real' }) } } }
        }
        $json = $spec, 'text' | ConvertTo-BatchJson -Compress -WarningVariable warnings -ErrorVariable failures -ErrorAction SilentlyContinue
        $json | Should -Be '{"id":"with-secret","poolInfo":{"autoPoolSpecification":{"poolLifetimeOption":"job","pool":{"vmSize":"small","userAccounts":[{"name":"u"}]}}}}'
        "$warnings" | Should -Be "Secrets were left out of the JSON of 'with-secret': poolInfo.autoPoolSpecification.pool.userAccounts[0].password. Add them where you use the JSON."
        "$warnings$json" | Should -Not -Match 'p@ss'
        $failures[0].FullyQualifiedErrorId | Should -Be 'NotABatchDefinition,AzBatchJobs.Cmdlets.ConvertToBatchJsonCommand'
        $failures[0].TargetObject | Should -Be 'text'
    }

    It 'runs the README''s and about_AzBatchJobs''s JSON examples as written' {
        $readme = New-TestId 'readme'
        $about = New-TestId 'about'
        $aboutNightly = New-TestId 'aboutnightly'
        $weekly = New-TestId 'weekly'
        foreach ($job in $readme, $about) { $null = New-BatchJob -Id $job -PoolId local }
        $null = New-BatchJobSchedule -Id $weekly -PoolId local -RecurrenceInterval 3600 -JobSpecification @{ Priority = 7 }
        $code = Get-ReadmeJsonExample
        $folder = Join-Path $TestDrive 'readme'
        $null = New-Item -ItemType Directory -Path (Join-Path $folder 'samples/Json') -Force
        Copy-Item (Join-Path $repository 'samples/Json/*.json') (Join-Path $folder 'samples/Json')
        '{"id":"l1","commandLine":"x"}' | Set-Content (Join-Path $folder 'tasks.jsonl')
        '{"id":"f1","commandLine":"x"}' | Set-Content (Join-Path $folder 'tasks.json')
        '{"id":"jobFromAbout","poolInfo":{"poolId":"local"}}' | Set-Content (Join-Path $folder 'job.json')
        Push-Location $folder
        try {
            & ([scriptblock]::Create(($code -replace '\bnightly\b', $readme -replace '\bweekly\b', $weekly))) | Out-Null
            & ([scriptblock]::Create(((Get-AboutJsonExample) -replace '\bj\b', $about -replace '\bnightly\b', $aboutNightly))) | Out-Null
        }
        finally { Pop-Location }
        Get-TaskIds "$readme-$(Get-Date -f yyyyMMdd)" | Should -Be @('complex1', 'simple3', 'taskId')   # taskId: the job manager
        Get-TaskIds $readme | Should -Be @('l1', 't1')
        (Get-Content -Raw (Join-Path $folder "$readme.json") | ConvertFrom-Json).id | Should -Be $readme
        (Get-Content (Join-Path $folder "$readme-tasks.jsonl")).Count | Should -Be 2
        (Get-BatchJobSchedule -Id "$weekly-copy").JobSpecification.Priority | Should -Be 7
        Get-TaskIds $about | Should -Be @('f1', 'l1', 't1')
        (Get-BatchJob -Id "$aboutNightly-$(Get-Date -f yyyyMMdd)").PoolInfo.PoolId | Should -Be 'local'
        (Get-Content -Raw (Join-Path $folder 'copy.json') | ConvertFrom-Json).id | Should -Be $about
    }
}
