#Requires -Version 5.1
# Pester 5 suite: Connect-BatchAccount and what the session does with its connection, in real PowerShell.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-ModuleUnderTest
    $script:emulator = Start-BatchEmulator -InMemory
}

AfterAll {
    Stop-BatchEmulator
}

Describe 'Connect-BatchAccount' {
    It 'connects with a Shared Key and never shows the key' {
        $wellKnown = ConvertTo-SecureString 'nV4olOFLkLj4u3astlrC3veXAB4QElZzfC+QHW+esF5u29CO4MKIPxeS/8WxV7FUi3BvBXjoZyclW2HrFOLBqw==' -AsPlainText -Force
        $context = Connect-BatchAccount -Endpoint https://myaccount.westeurope.batch.azure.com -AccountName myaccount -AccountKey $wellKnown -NoDefault
        $context.CredentialType | Should -Be 'SharedKey'
        $context.AccountName | Should -Be 'myaccount'
        "$context" | Should -Not -Match 'nV4ol'
    }

    It 'takes a service principal from a PSCredential with -TenantId' {
        $credential = [pscredential]::new('11111111-2222-3333-4444-555555555555', (ConvertTo-SecureString 'the-secret' -AsPlainText -Force))
        $context = Connect-BatchAccount https://myaccount.westeurope.batch.azure.com -TenantId contoso.onmicrosoft.com -Credential $credential -NoDefault
        $context.CredentialType | Should -Be 'ClientSecret'
        $context.TenantId | Should -Be 'contoso.onmicrosoft.com'
        $context.ClientId | Should -Be '11111111-2222-3333-4444-555555555555'
        ($context | Out-String) | Should -Not -Match 'the-secret'
    }

    It 'selects the managed identity set with -ManagedIdentity' {
        (Connect-BatchAccount https://myaccount.westeurope.batch.azure.com -ManagedIdentity -NoDefault).CredentialType | Should -Be 'ManagedIdentity'
    }

    It 'refuses a certificate file that does not exist, naming the parameter' {
        { Connect-BatchAccount https://myaccount.westeurope.batch.azure.com -TenantId t -ClientId c -CertificatePath ./no-such.pfx -NoDefault -ErrorAction Stop } |
            Should -Throw -ErrorId 'BatchInvalidConnection,AzBatchJobs.Cmdlets.ConnectBatchAccountCommand' -ExpectedMessage '-CertificatePath *does not exist.'
    }

    It 'refuses plain http to a remote endpoint' {
        $key = ConvertTo-SecureString 'AAAA' -AsPlainText -Force
        { Connect-BatchAccount http://myaccount.westeurope.batch.azure.com -AccountName a -AccountKey $key -NoDefault -ErrorAction Stop } |
            Should -Throw -ErrorId 'BatchInvalidConnection,AzBatchJobs.Cmdlets.ConnectBatchAccountCommand'
    }

    It 'connects with a wrong key and reports it on the first call' {
        $wrong = ConvertTo-SecureString ([Convert]::ToBase64String([byte[]](1..64))) -AsPlainText -Force
        $context = Connect-BatchAccount -Endpoint $script:emulator.Endpoint -AccountName $script:emulator.AccountName -AccountKey $wrong -NoDefault
        Get-BatchJob -Id any -Context $context -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -BeIn 'AuthenticationError', 'PermissionDenied'
    }

    It 'reports an unreachable service once per input, as ConnectionError, without stopping the pipeline' {
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
        $context = Connect-BatchAccount -Endpoint "http://127.0.0.1:$port" -AccountName a -AccountKey (ConvertTo-SecureString 'AAAA' -AsPlainText -Force) -NoDefault
        $output = @(Get-BatchJob -Id first -Context $context -ErrorAction SilentlyContinue -ErrorVariable failure; 'went on')
        $output | Should -Be @('went on')
        $failure.Count | Should -Be 1
        $failure[0].FullyQualifiedErrorId | Should -Be 'BatchConnectionFailed,AzBatchJobs.Cmdlets.GetBatchJobCommand'
        $failure[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        $failure[0].Exception.Message | Should -BeLike "Could not connect to the Batch service at 127.0.0.1:$($port):*"
    }
}
