#Requires -Version 5.1
# Pester 5 suite: the module folder as a package. Its size and content, and a round trip through a
# repository as a user installs a gallery module (Publish-PSResource, Install-PSResource, then
# Import-Module by name in a fresh session), with PSResourceGet 1.2.0 of the pinned pwsh.

BeforeDiscovery {
    # PSResourceGet keeps its repository list and the CurrentUser modules in folders that, on Windows,
    # come from the shell's known folders, which no environment variable moves: there the round trip
    # would touch the real profile, so it runs on Linux and macOS only (CI runs on Linux).
    $script:realProfileOnly = $PSVersionTable.PSEdition -ne 'Core' -or $IsWindows
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FreshSession.psm1') -Force
    Import-ModuleUnderTest
    $script:moduleFolder = (Get-Module AzBatchJobs).ModuleBase
}

Describe 'The module folder' {
    It 'is at most 30 MB' {
        $bytes = (Get-ChildItem $script:moduleFolder -Recurse -File | Measure-Object Length -Sum).Sum
        Write-Host ('Module folder: {0:N1} MB ({1:N0} bytes): {2}' -f ($bytes / 1MB), $bytes, $script:moduleFolder)
        $bytes | Should -BeLessOrEqual 30MB
    }

    It 'ships the emulator''s native SQLite for Windows, Linux and macOS on x64 and arm64 only' {
        (Get-ChildItem (Join-Path $script:moduleFolder 'emulator/runtimes') -Directory).Name | Sort-Object |
            Should -Be @('linux-arm64', 'linux-musl-arm64', 'linux-musl-x64', 'linux-x64', 'osx-arm64', 'osx-x64', 'win-arm64', 'win-x64')
    }

    It 'carries its license, the manifest and the root script' {
        foreach ($file in 'LICENSE', 'AzBatchJobs.psd1', 'AzBatchJobs.psm1', 'AzBatchJobs.Loader.dll', 'en-US/AzBatchJobs.dll-Help.xml') {
            Join-Path $script:moduleFolder $file | Should -Exist
        }
    }
}

Describe 'Installed from a repository like a gallery module' -Skip:$realProfileOnly {
    BeforeAll {
        # A temporary profile: HOME, from which PowerShell and PSResourceGet both derive their folders
        # when no XDG_* variable is set (PSResourceGet installs under HOME/.local/share even when
        # XDG_DATA_HOME points elsewhere, where pwsh would then not find the module). The folders must
        # exist: .NET gives PSResourceGet an empty path for a missing one, and it would then write
        # relative to the working directory. PSModulePath is left for pwsh to derive.
        $script:profileRoot = Join-Path $TestDrive 'home'
        $script:repository = Join-Path $TestDrive 'repository'
        foreach ($folder in $script:repository, "$script:profileRoot/.local/share", "$script:profileRoot/.config", "$script:profileRoot/.cache") {
            $null = New-Item -ItemType Directory -Force -Path $folder
        }
        $environment = @{ HOME = $script:profileRoot; XDG_DATA_HOME = $null; XDG_CONFIG_HOME = $null; XDG_CACHE_HOME = $null; PSModulePath = $null }
        $fresh = @{ Environment = $environment; WorkingDirectory = $script:profileRoot }
        $script:install = Invoke-FreshPowerShell @fresh -ScriptPath (Join-Path $PSScriptRoot 'Packaging/Install-FromRepository.ps1') -ArgumentList @(
            '-ModuleFolder', $script:moduleFolder, '-Repository', $script:repository) | Read-FreshPowerShellResult
        $script:use = Invoke-FreshPowerShell @fresh -ScriptPath (Join-Path $PSScriptRoot 'Packaging/Use-InstalledModule.ps1') | Read-FreshPowerShellResult
        $script:version = (Import-PowerShellDataFile (Join-Path $script:moduleFolder 'AzBatchJobs.psd1')).ModuleVersion
    }

    It 'publishes the module folder as a package to the repository' {
        $script:install.Package | Should -Be "AzBatchJobs.$script:version.nupkg"
    }

    It 'installs it by name into the user''s module path' {
        $script:install.Installed | Should -Be "AzBatchJobs $script:version"
        $script:install.InstalledIn | Should -BeLike "$script:profileRoot*"
    }

    It 'imports it by name in a fresh session, starts the emulator and runs a cmdlet' {
        $script:use.ModuleBase | Should -BeLike "$script:profileRoot*"
        $script:use.Emulator | Should -BeTrue
        $script:use.Job | Should -Be 'installed'
        $script:use.Help | Should -Be 'Gets Batch jobs.'
    }

    It 'registers the repository in the temporary profile and nowhere else' {
        $script:install.Repositories | Should -Contain 'AzBatchJobsScratch'
        Join-Path $script:profileRoot '.local/share/PSResourceGet/PSResourceRepository.xml' | Should -FileContentMatch 'AzBatchJobsScratch'
        $realData = [Environment]::GetFolderPath('LocalApplicationData')
        if ($realData -and (Test-Path (Join-Path $realData 'PSResourceGet/PSResourceRepository.xml'))) {
            Join-Path $realData 'PSResourceGet/PSResourceRepository.xml' | Should -Not -FileContentMatch 'AzBatchJobsScratch'
        }
    }
}
