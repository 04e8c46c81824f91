#Requires -Version 5.1
# The README's quick start, run small: the same script, 20 tasks of which one fails on its first run.

BeforeAll {
    Import-Module $(if ($env:AZBJ_MODULE_MANIFEST) { $env:AZBJ_MODULE_MANIFEST } else { 'AzBatchJobs' })
    $script:result = & (Join-Path $PSScriptRoot 'Invoke-QuickStart.ps1') -TaskCount 20 -NoBuild 6>&1
    $script:summary = $result | Where-Object { $_ -isnot [System.Management.Automation.InformationRecord] }
    $script:printed = @($result | Where-Object { $_ -is [System.Management.Automation.InformationRecord] } | ForEach-Object { "$_" })
}

Describe 'Quick start' {
    It 'submits every task and sees the flaky one fail on the first pass' {
        $summary.Submitted | Should -Be 20
        $summary.FailedFirstPass | Should -Be 1
        $summary.Reactivated | Should -Be 1
    }

    It 'prints the stderr of the failure' {
        $printed | Should -Contain 'stderr of task-0007: input not ready'
    }

    It 'ends with every task succeeded and the job terminated with the reason' {
        $summary.Succeeded | Should -Be 20
        $summary.Failed | Should -Be 0
        $summary.State | Should -Be 'completed'
        $summary.TerminateReason | Should -Be 'QuickStartDone'
        $printed | Should -Contain 'release task on local-node: completed exit code 0'
    }
}
