namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>
/// The pool specification of an auto pool (poolInfo.autoPoolSpecification.pool), to the depth the
/// emulator checks: the pool's own properties, its virtual machine image, start task, user accounts,
/// mounts and upgrade policy. Deeper pool settings are stored without checks.
/// </summary>
internal static partial class SpecTable
{
    private static void AddPoolDefinitions()
    {
        Define("BatchPoolSpecification",
            Optional("displayName", DisplayName),
            Required("vmSize", Text),
            Optional("virtualMachineConfiguration", Object("VirtualMachineConfiguration")),
            Optional("taskSlotsPerNode", Int(1, 256)),
            Optional("taskSchedulingPolicy", Object("BatchTaskSchedulingPolicy")),
            Optional("resizeTimeout", DurationBetween(TimeSpan.FromMinutes(5), null)),
            Optional("targetDedicatedNodes", Int(0, int.MaxValue)),
            Optional("targetLowPriorityNodes", Int(0, int.MaxValue)),
            Optional("enableAutoScale", Bool),
            Optional("autoScaleFormula", Text),
            Optional("autoScaleEvaluationInterval", DurationBetween(TimeSpan.FromMinutes(5), TimeSpan.FromHours(168))),
            Optional("enableInterNodeCommunication", Bool),
            Optional("networkConfiguration", Object("NetworkConfiguration")),
            Optional("startTask", Object("BatchStartTask")),
            Optional("applicationPackageReferences", ListOf("BatchApplicationPackageReference")),
            Optional("userAccounts", ListOf("UserAccount")),
            Optional("metadata", ListOf("BatchMetadataItem")),
            Optional("mountConfiguration", ListOf("MountConfiguration")),
            Optional("upgradePolicy", Object("UpgradePolicy")));

        Define("VirtualMachineConfiguration",
            Required("imageReference", Object("BatchVmImageReference")),
            Required("nodeAgentSKUId", Text),
            Optional("licenseType", Text));

        Define("BatchVmImageReference",
            Optional("publisher", Text),
            Optional("offer", Text),
            Optional("sku", Text),
            Optional("version", Text),
            Optional("virtualMachineImageId", Text),
            Optional("sharedGalleryImageId", Text),
            Optional("communityGalleryImageId", Text));

        Define("BatchTaskSchedulingPolicy",
            Optional("jobDefaultOrder", Enum("none", "creationtime")),
            Required("nodeFillType", Enum("spread", "pack")));

        Define("NetworkConfiguration",
            Optional("subnetId", Text),
            Optional("dynamicVNetAssignmentScope", Enum("none", "job")),
            Optional("enableAcceleratedNetworking", Bool));

        Define("BatchStartTask",
            Required("commandLine", CommandLine),
            Optional("containerSettings", Object("BatchTaskContainerSettings")),
            Optional("resourceFiles", ListOf("ResourceFile")),
            Optional("environmentSettings", ListOf("EnvironmentSetting")),
            Optional("userIdentity", Object("UserIdentity")),
            Optional("maxTaskRetryCount", RetryCount),
            Optional("waitForSuccess", Bool));

        Define("UserAccount",
            Required("name", TextUpTo(20)),
            Required("password", Secret),
            Optional("elevationLevel", Enum("nonadmin", "admin")));

        // "This property is mutually exclusive with all other properties."
        Define("MountConfiguration",
            Optional("azureBlobFileSystemConfiguration", Object("AzureBlobFileSystemConfiguration")),
            Optional("nfsMountConfiguration", Object("NfsMountConfiguration")),
            Optional("cifsMountConfiguration", Object("CifsMountConfiguration")),
            Optional("azureFileShareConfiguration", Object("AzureFileShareConfiguration")),
            ExactlyOneOf("azureBlobFileSystemConfiguration", "nfsMountConfiguration", "cifsMountConfiguration", "azureFileShareConfiguration"));

        // "This property is mutually exclusive with both sasKey and identity; exactly one must be specified."
        Define("AzureBlobFileSystemConfiguration",
            Required("accountName", Text),
            Required("containerName", Text),
            Optional("accountKey", Secret),
            Optional("sasKey", Secret),
            Optional("blobfuseOptions", Text),
            Required("relativeMountPath", Text),
            Optional("identityReference", Object("BatchNodeIdentityReference")),
            ExactlyOneOf("accountKey", "sasKey", "identityReference"));

        Define("NfsMountConfiguration",
            Required("source", Text),
            Required("relativeMountPath", Text),
            Optional("mountOptions", Text));

        Define("CifsMountConfiguration",
            Required("username", Text),
            Required("source", Text),
            Required("relativeMountPath", Text),
            Optional("mountOptions", Text),
            Required("password", Secret));

        Define("AzureFileShareConfiguration",
            Required("accountName", Text),
            Required("accountKey", Secret),
            Required("azureFileUrl", Text),
            Required("relativeMountPath", Text),
            Optional("mountOptions", Text));

        Define("UpgradePolicy",
            Required("mode", Enum("automatic", "manual", "rolling")));
    }
}
