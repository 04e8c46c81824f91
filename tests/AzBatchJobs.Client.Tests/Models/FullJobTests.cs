using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.Models;

/// <summary>
/// A job as the service returns it with every property of the 2025-06-01 BatchJob definition
/// set, down to the auto-pool specification. The round trip fails if any wire name is misspelled.
/// </summary>
public sealed class FullJobTests
{
    internal const string EveryJobProperty = """
        {
          "id": "nightly",
          "displayName": "Nightly build",
          "usesTaskDependencies": true,
          "url": "https://acct.westus.batch.azure.com/jobs/nightly",
          "eTag": "0x8DD1",
          "lastModified": "2025-06-01T00:00:02Z",
          "creationTime": "2025-06-01T00:00:00Z",
          "state": "active",
          "stateTransitionTime": "2025-06-01T00:00:01Z",
          "previousState": "enabling",
          "previousStateTransitionTime": "2025-06-01T00:00:00.5Z",
          "priority": 250,
          "allowTaskPreemption": true,
          "maxParallelTasks": 16,
          "constraints": { "maxWallClockTime": "PT6H", "maxTaskRetryCount": 3 },
          "jobManagerTask": {
            "id": "manager",
            "displayName": "Job manager",
            "commandLine": "manage.sh",
            "containerSettings": { "imageName": "manager:1" },
            "resourceFiles": [ { "httpUrl": "https://s/manage.sh", "filePath": "manage.sh" } ],
            "outputFiles": [ { "filePattern": "*.log", "destination": { "container": { "containerUrl": "https://s/logs" } }, "uploadOptions": { "uploadCondition": "taskcompletion" } } ],
            "environmentSettings": [ { "name": "MODE", "value": "nightly" } ],
            "constraints": { "maxWallClockTime": "PT1H", "retentionTime": "P1D", "maxTaskRetryCount": 1 },
            "requiredSlots": 1,
            "killJobOnCompletion": true,
            "userIdentity": { "autoUser": { "scope": "pool", "elevationLevel": "nonadmin" } },
            "runExclusive": false,
            "applicationPackageReferences": [ { "applicationId": "tools" } ],
            "authenticationTokenSettings": { "access": [ "job" ] },
            "allowLowPriorityNode": false
          },
          "jobPreparationTask": {
            "id": "prep",
            "commandLine": "prepare.sh",
            "containerSettings": { "imageName": "prep:1", "workingDirectory": "taskWorkingDirectory" },
            "resourceFiles": [ { "httpUrl": "https://s/prepare.sh", "filePath": "prepare.sh" } ],
            "environmentSettings": [ { "name": "CACHE", "value": "/mnt/cache" } ],
            "constraints": { "maxWallClockTime": "PT10M", "retentionTime": "P2D", "maxTaskRetryCount": 0 },
            "waitForSuccess": true,
            "userIdentity": { "autoUser": { "scope": "task", "elevationLevel": "admin" } },
            "rerunOnNodeRebootAfterSuccess": false
          },
          "jobReleaseTask": {
            "id": "release",
            "commandLine": "cleanup.sh",
            "containerSettings": { "imageName": "prep:1" },
            "resourceFiles": [ { "httpUrl": "https://s/cleanup.sh", "filePath": "cleanup.sh" } ],
            "environmentSettings": [ { "name": "KEEP", "value": "0" } ],
            "maxWallClockTime": "PT15M",
            "retentionTime": "PT12H",
            "userIdentity": { "username": "cleaner" }
          },
          "commonEnvironmentSettings": [ { "name": "BUILD", "value": "2025.06.01" } ],
          "poolInfo": {
            "autoPoolSpecification": {
              "autoPoolIdPrefix": "nightly",
              "poolLifetimeOption": "job",
              "keepAlive": false,
              "pool": {
                "displayName": "Nightly pool",
                "vmSize": "standard_d4s_v5",
                "virtualMachineConfiguration": {
                  "imageReference": {
                    "publisher": "canonical",
                    "offer": "ubuntu-24_04-lts",
                    "sku": "server",
                    "version": "latest",
                    "virtualMachineImageId": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/galleries/gal/images/img",
                    "exactVersion": "24.04.202505010",
                    "sharedGalleryImageId": "shared-id",
                    "communityGalleryImageId": "community-id"
                  },
                  "nodeAgentSKUId": "batch.node.ubuntu 24.04",
                  "windowsConfiguration": { "enableAutomaticUpdates": false },
                  "dataDisks": [
                    {
                      "lun": 1,
                      "caching": "readwrite",
                      "diskSizeGB": 256,
                      "managedDisk": {
                        "diskEncryptionSet": { "id": "/des/1" },
                        "storageAccountType": "premium_lrs",
                        "securityProfile": { "securityEncryptionType": "VMGuestStateOnly" }
                      },
                      "storageAccountType": "standardssd_lrs"
                    }
                  ],
                  "licenseType": "Windows_Server",
                  "containerConfiguration": {
                    "type": "dockerCompatible",
                    "containerImageNames": [ "manager:1", "prep:1" ],
                    "containerRegistries": [ { "registryServer": "myregistry.azurecr.io", "identityReference": { "resourceId": "/id/pull" } } ]
                  },
                  "diskEncryptionConfiguration": {
                    "customerManagedKey": {
                      "identityReference": { "resourceId": "/id/kv" },
                      "keyUrl": "https://kv.vault.azure.net/keys/k/1",
                      "rotationToLatestKeyVersionEnabled": true
                    },
                    "targets": [ "osdisk", "temporarydisk" ]
                  },
                  "nodePlacementConfiguration": { "policy": "regional" },
                  "extensions": [
                    {
                      "name": "monitor",
                      "publisher": "Microsoft.Azure.Monitor",
                      "type": "AzureMonitorLinuxAgent",
                      "typeHandlerVersion": "1.0",
                      "autoUpgradeMinorVersion": true,
                      "enableAutomaticUpgrade": true,
                      "settings": { "workspace": "w1" },
                      "protectedSettings": { "key": "k1" },
                      "provisionAfterExtensions": [ "first" ]
                    }
                  ],
                  "osDisk": {
                    "ephemeralOSDiskSettings": { "placement": "cachedisk" },
                    "caching": "readonly",
                    "diskSizeGB": 64,
                    "managedDisk": { "storageAccountType": "standard_lrs" },
                    "writeAcceleratorEnabled": false
                  },
                  "securityProfile": {
                    "encryptionAtHost": true,
                    "proxyAgentSettings": {
                      "enabled": true,
                      "imds": { "inVMAccessControlProfileReferenceId": "/profiles/imds/versions/1", "mode": "Audit" },
                      "wireServer": { "mode": "Enforce" }
                    },
                    "securityType": "trustedLaunch",
                    "uefiSettings": { "secureBootEnabled": true, "vTpmEnabled": true }
                  },
                  "serviceArtifactReference": { "id": "/serviceArtifacts/a/vmArtifactsProfiles/p" }
                },
                "taskSlotsPerNode": 4,
                "taskSchedulingPolicy": { "jobDefaultOrder": "creationtime", "nodeFillType": "pack" },
                "resizeTimeout": "PT15M",
                "targetDedicatedNodes": 2,
                "targetLowPriorityNodes": 8,
                "enableAutoScale": true,
                "autoScaleFormula": "$TargetDedicatedNodes=2;",
                "autoScaleEvaluationInterval": "PT5M",
                "enableInterNodeCommunication": false,
                "networkConfiguration": {
                  "subnetId": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/v/subnets/batch",
                  "dynamicVNetAssignmentScope": "none",
                  "endpointConfiguration": {
                    "inboundNATPools": [
                      {
                        "name": "ssh",
                        "protocol": "tcp",
                        "backendPort": 22,
                        "frontendPortRangeStart": 15000,
                        "frontendPortRangeEnd": 15100,
                        "networkSecurityGroupRules": [ { "priority": 150, "access": "allow", "sourceAddressPrefix": "10.0.0.0/8", "sourcePortRanges": [ "*" ] } ]
                      }
                    ]
                  },
                  "publicIPAddressConfiguration": {
                    "provision": "usermanaged",
                    "ipFamilies": [ "IPv4", "IPv6" ],
                    "ipAddressIds": [ "/publicIPAddresses/ip1" ],
                    "ipTags": [ { "ipTagType": "FirstPartyUsage", "tag": "SQL" } ]
                  },
                  "enableAcceleratedNetworking": true
                },
                "startTask": {
                  "commandLine": "setup.sh",
                  "containerSettings": { "imageName": "setup:1" },
                  "resourceFiles": [ { "httpUrl": "https://s/setup.sh", "filePath": "setup.sh" } ],
                  "environmentSettings": [ { "name": "STAGE", "value": "setup" } ],
                  "userIdentity": { "autoUser": { "scope": "pool", "elevationLevel": "admin" } },
                  "maxTaskRetryCount": 1,
                  "waitForSuccess": true
                },
                "applicationPackageReferences": [ { "applicationId": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Batch/batchAccounts/a/applications/tools", "version": "2" } ],
                "userAccounts": [
                  {
                    "name": "builder",
                    "password": "not-a-real-password",
                    "elevationLevel": "admin",
                    "linuxUserConfiguration": { "uid": 1001, "gid": 1001, "sshPrivateKey": "not-a-real-key" },
                    "windowsUserConfiguration": { "loginMode": "batch" }
                  }
                ],
                "metadata": [ { "name": "owner", "value": "ci" } ],
                "mountConfiguration": [
                  { "azureBlobFileSystemConfiguration": { "accountName": "store", "containerName": "cache", "sasKey": "not-a-real-sas", "blobfuseOptions": "-o allow_other", "relativeMountPath": "cache", "identityReference": { "resourceId": "/id/blob" } } },
                  { "nfsMountConfiguration": { "source": "nfs://10.0.0.4/export", "relativeMountPath": "nfs", "mountOptions": "-o ro" } },
                  { "cifsMountConfiguration": { "username": "smb", "source": "//10.0.0.5/share", "relativeMountPath": "smb", "mountOptions": "vers=3.0", "password": "not-a-real-password" } },
                  { "azureFileShareConfiguration": { "accountName": "files", "accountKey": "not-a-real-key", "azureFileUrl": "https://files.file.core.windows.net/share", "relativeMountPath": "share", "mountOptions": "-o vers=3.0" } }
                ],
                "upgradePolicy": {
                  "mode": "rolling",
                  "automaticOSUpgradePolicy": { "disableAutomaticRollback": true, "enableAutomaticOSUpgrade": true, "useRollingUpgradePolicy": true, "osRollingUpgradeDeferral": true },
                  "rollingUpgradePolicy": {
                    "enableCrossZoneUpgrade": true,
                    "maxBatchInstancePercent": 20,
                    "maxUnhealthyInstancePercent": 20,
                    "maxUnhealthyUpgradedInstancePercent": 5,
                    "pauseTimeBetweenBatches": "PT30S",
                    "prioritizeUnhealthyInstances": true,
                    "rollbackFailedInstancesOnPolicyBreach": false
                  }
                }
              }
            }
          },
          "onAllTasksComplete": "terminatejob",
          "onTaskFailure": "performexitoptionsjobaction",
          "networkConfiguration": { "subnetId": "/subnets/jobs", "skipWithdrawFromVNet": true },
          "metadata": [ { "name": "branch", "value": "main" } ],
          "executionInfo": {
            "startTime": "2025-06-01T00:00:00Z",
            "endTime": "2025-06-01T06:00:00Z",
            "poolId": "nightly_0f1e",
            "schedulingError": {
              "category": "servererror",
              "code": "AutoPoolCreationFailed",
              "message": "The auto pool could not be created",
              "details": [ { "name": "Reason", "value": "Quota" } ]
            },
            "terminateReason": "MaxWallClockTimeExpiry"
          },
          "stats": {
            "url": "https://acct.westus.batch.azure.com/jobs/nightly/stats",
            "startTime": "2025-06-01T00:00:00Z",
            "lastUpdateTime": "2025-06-01T06:00:00Z",
            "userCPUTime": "PT5H",
            "kernelCPUTime": "PT20M",
            "wallClockTime": "PT6H",
            "readIOps": "1000",
            "writeIOps": "2000",
            "readIOGiB": 10.5,
            "writeIOGiB": 2.25,
            "numSucceededTasks": "95",
            "numFailedTasks": "5",
            "numTaskRetries": "7",
            "waitTime": "PT2M"
          }
        }
        """;

    [Fact]
    public void Every_job_property_round_trips()
    {
        WireJson.RoundTrip<BatchJob>(EveryJobProperty);
    }

    [Fact]
    public void Job_tasks_and_settings_read_as_the_user_sees_them()
    {
        BatchJob job = WireJson.Read<BatchJob>(EveryJobProperty);

        Assert.True(job.UsesTaskDependencies);
        Assert.Equal(BatchJobState.Enabling, job.PreviousState);
        Assert.Equal(16, job.MaxParallelTasks);
        Assert.Equal("manage.sh", job.JobManagerTask!.CommandLine);
        Assert.False(job.JobManagerTask.AllowLowPriorityNode);
        Assert.Equal(OutputFileUploadCondition.TaskCompletion, job.JobManagerTask.OutputFiles[0].UploadOptions!.UploadCondition);
        Assert.True(job.JobPreparationTask!.WaitForSuccess);
        Assert.False(job.JobPreparationTask.RerunOnNodeRebootAfterSuccess);
        Assert.Equal(ContainerWorkingDirectory.TaskWorkingDirectory, job.JobPreparationTask.ContainerSettings!.WorkingDirectory);
        Assert.Equal(TimeSpan.FromMinutes(15), job.JobReleaseTask!.MaxWallClockTime);
        Assert.Equal(TimeSpan.FromHours(12), job.JobReleaseTask.RetentionTime);
        Assert.Equal("2025.06.01", job.CommonEnvironmentSettings[0].Value);
        Assert.Equal(BatchAllTasksCompleteMode.TerminateJob, job.OnAllTasksComplete);
        Assert.Equal(BatchTaskFailureMode.PerformExitOptionsJobAction, job.OnTaskFailure);
        Assert.True(job.NetworkConfiguration!.SkipWithdrawFromVNet);
        Assert.Equal(BatchErrorSourceCategory.ServerError, job.ExecutionInfo!.SchedulingError!.Category);
        Assert.Equal("Quota", job.ExecutionInfo.SchedulingError.Details[0].Value);
        Assert.Equal(95L, job.Stats!.NumSucceededTasks);
        Assert.Equal(TimeSpan.FromHours(5), job.Stats.UserCpuTime);
    }

    [Fact]
    public void The_auto_pool_specification_reads_down_to_the_virtual_machine_settings()
    {
        BatchPoolSpecification pool = WireJson.Read<BatchJob>(EveryJobProperty).PoolInfo!.AutoPoolSpecification!.Pool!;
        VirtualMachineConfiguration vm = pool.VirtualMachineConfiguration!;

        Assert.Equal("batch.node.ubuntu 24.04", vm.NodeAgentSkuId);
        Assert.Equal("24.04.202505010", vm.ImageReference!.ExactVersion);
        Assert.Equal((1, 256), (vm.DataDisks[0].Lun!.Value, vm.DataDisks[0].DiskSizeGB!.Value));
        Assert.Equal(CachingType.ReadWrite, vm.DataDisks[0].Caching);
        Assert.Equal(StorageAccountType.PremiumLRS, vm.DataDisks[0].ManagedDisk!.StorageAccountType);
        Assert.Equal(SecurityEncryptionTypes.VMGuestStateOnly, vm.DataDisks[0].ManagedDisk!.SecurityProfile!.SecurityEncryptionType);
        Assert.Equal(ContainerType.DockerCompatible, vm.ContainerConfiguration!.Type);
        Assert.Equal(new string[] { DiskEncryptionTarget.OsDisk, DiskEncryptionTarget.TemporaryDisk }, vm.DiskEncryptionConfiguration!.Targets);
        Assert.Equal("w1", vm.Extensions[0].Settings["workspace"]);
        Assert.Equal(DiffDiskPlacement.CacheDisk, vm.OsDisk!.EphemeralOSDiskSettings!.Placement);
        Assert.Equal(SecurityTypes.TrustedLaunch, vm.SecurityProfile!.SecurityType);
        Assert.Equal(HostEndpointSettingsModeTypes.Enforce, vm.SecurityProfile.ProxyAgentSettings!.WireServer!.Mode);
        Assert.True(vm.SecurityProfile.UefiSettings!.VTpmEnabled);
        Assert.Equal(BatchJobDefaultOrder.CreationTime, pool.TaskSchedulingPolicy!.JobDefaultOrder);
        Assert.Equal(BatchNodeFillType.Pack, pool.TaskSchedulingPolicy.NodeFillType);
        Assert.Equal(TimeSpan.FromMinutes(5), pool.AutoScaleEvaluationInterval);
        BatchInboundNatPool nat = pool.NetworkConfiguration!.EndpointConfiguration!.InboundNatPools[0];
        Assert.Equal(InboundEndpointProtocol.Tcp, nat.Protocol);
        Assert.Equal(NetworkSecurityGroupRuleAccess.Allow, nat.NetworkSecurityGroupRules[0].Access);
        Assert.Equal(IpAddressProvisioningType.UserManaged, pool.NetworkConfiguration.PublicIpAddressConfiguration!.Provision);
        Assert.Equal(new string[] { IPFamily.IPv4, IPFamily.IPv6 }, pool.NetworkConfiguration.PublicIpAddressConfiguration.IpFamilies);
        Assert.Equal(1001, pool.UserAccounts[0].LinuxUserConfiguration!.Uid);
        Assert.Equal(LoginMode.Batch, pool.UserAccounts[0].WindowsUserConfiguration!.LoginMode);
        Assert.Equal("nfs", pool.MountConfiguration[1].NfsMountConfiguration!.RelativeMountPath);
        Assert.Equal("https://files.file.core.windows.net/share", pool.MountConfiguration[3].AzureFileShareConfiguration!.AzureFileUrl);
        Assert.Equal(UpgradeMode.Rolling, pool.UpgradePolicy!.Mode);
        Assert.Equal(TimeSpan.FromSeconds(30), pool.UpgradePolicy.RollingUpgradePolicy!.PauseTimeBetweenBatches);
        Assert.True(pool.UpgradePolicy.AutomaticOSUpgradePolicy!.OsRollingUpgradeDeferral);
    }

    [Fact]
    public void A_returned_job_reads_into_create_options_for_cloning()
    {
        var options = WireJson.Read<BatchJobCreateOptions>(EveryJobProperty);

        Assert.Equal("nightly", options.Id);
        Assert.Equal("standard_d4s_v5", options.PoolInfo!.AutoPoolSpecification!.Pool!.VmSize);
        string written = WireJson.Write(options).ToString();
        Assert.DoesNotContain("executionInfo", written);
        Assert.DoesNotContain("\"stats\"", written);
        Assert.DoesNotContain("eTag", written);
    }
}
