namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>Definitions that jobs, tasks and pools share: files, environment, metadata, identities, containers.</summary>
internal static partial class SpecTable
{
    private static void AddCommonDefinitions()
    {
        Define("EnvironmentSetting",
            Required("name", Text),
            Optional("value", Text));

        Define("BatchMetadataItem",
            Required("name", Text),
            Required("value", Text));

        // "The autoStorageContainerName, storageContainerUrl and httpUrl properties are mutually exclusive and one of them must be specified."
        Define("ResourceFile",
            Optional("autoStorageContainerName", Text),
            Optional("storageContainerUrl", Text),
            Optional("httpUrl", Text),
            Optional("blobPrefix", Text),
            Optional("filePath", Text),
            Optional("fileMode", Text),
            Optional("identityReference", Object("BatchNodeIdentityReference")),
            ExactlyOneOf("autoStorageContainerName", "storageContainerUrl", "httpUrl"),
            Rule("filePath", file => Has(file, "httpUrl") && !Has(file, "filePath"),
                "If the httpUrl property is specified, the filePath is required."),
            Rule("blobPrefix", file => Has(file, "blobPrefix") && Has(file, "httpUrl"),
                "blobPrefix is valid only when autoStorageContainerName or storageContainerUrl is used."));

        Define("OutputFile",
            Required("filePattern", Text),
            Required("destination", Object("OutputFileDestination")),
            Required("uploadOptions", Object("OutputFileUploadConfig")));

        Define("OutputFileDestination",
            Optional("container", Object("OutputFileBlobContainerDestination")));

        Define("OutputFileBlobContainerDestination",
            Optional("path", Text),
            Required("containerUrl", Text),
            Optional("identityReference", Object("BatchNodeIdentityReference")),
            Optional("uploadHeaders", ListOf("OutputFileUploadHeader")));

        Define("OutputFileUploadHeader",
            Required("name", Text),
            Optional("value", Text));

        Define("OutputFileUploadConfig",
            Required("uploadCondition", Enum("tasksuccess", "taskfailure", "taskcompletion")));

        // "The userName and autoUser properties are mutually exclusive; you must specify one but not both."
        Define("UserIdentity",
            Optional("username", Text),
            Optional("autoUser", Object("AutoUserSpecification")),
            ExactlyOneOf("username", "autoUser"));

        Define("AutoUserSpecification",
            Optional("scope", Enum("task", "pool"), "pool"),
            Optional("elevationLevel", Enum("nonadmin", "admin"), "nonadmin"));

        Define("BatchTaskContainerSettings",
            Optional("containerRunOptions", Text),
            Required("imageName", Text),
            Optional("registry", Object("ContainerRegistryReference")),
            Optional("workingDirectory", Enum("taskWorkingDirectory", "containerImageDefault"), "taskWorkingDirectory"),
            Optional("containerHostBatchBindMounts", ListOf("ContainerHostBatchBindMountEntry")));

        Define("ContainerRegistryReference",
            Optional("username", Text),
            Optional("password", Secret),
            Optional("registryServer", Text),
            Optional("identityReference", Object("BatchNodeIdentityReference")));

        Define("ContainerHostBatchBindMountEntry",
            Optional("source", Enum("Shared", "Startup", "VfsMounts", "Task", "JobPrep", "Applications")),
            Optional("isReadOnly", Bool));

        Define("BatchNodeIdentityReference",
            Optional("resourceId", Text));
    }
}
