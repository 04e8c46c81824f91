using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AzBatchJobs.Tests.Static;

/// <summary>AzBatchJobs.psd1 and the format file agree with the built module.</summary>
public sealed class ManifestTests : IClassFixture<ModuleMetadata>
{
    private readonly ModuleMetadata _module;
    private readonly string _manifest = File.ReadAllText(Path.Combine(ModuleMetadata.RepositoryRoot, "AzBatchJobs.psd1"));

    public ManifestTests(ModuleMetadata module) => _module = module;

    [Fact]
    public void CmdletsToExport_lists_exactly_the_cmdlet_classes()
    {
        var exported = ListValue("CmdletsToExport");
        Assert.DoesNotContain(exported, e => e.Contains('*'));
        Assert.Equal(_module.Cmdlets.Select(c => c.Name).OrderBy(n => n), exported.OrderBy(n => n));
    }

    [Fact]
    public void Functions_and_variables_are_exported_explicitly_as_none()
    {
        foreach (var key in new[] { "FunctionsToExport", "VariablesToExport" })
            Assert.Empty(ListValue(key));
    }

    [Fact]
    public void AliasesToExport_lists_exactly_the_aliases_the_cmdlet_classes_declare()
    {
        var declared = from c in _module.Cmdlets
                       from a in c.Type.GetCustomAttributesData()
                       where a.AttributeType.Name == "AliasAttribute"
                       from name in (IEnumerable<System.Reflection.CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!
                       select (string)name.Value!;
        Assert.Equal(declared.OrderBy(n => n), ListValue("AliasesToExport").OrderBy(n => n));
    }

    [Fact]
    public void The_manifest_targets_Windows_PowerShell_51_and_PowerShell_7()
    {
        Assert.Equal(new[] { "Core", "Desktop" }, ListValue("CompatiblePSEditions").OrderBy(e => e));
        Assert.Equal("5.1", ScalarValue("PowerShellVersion"));
        Assert.Equal("AzBatchJobs.psm1", ScalarValue("RootModule"));
        Assert.Matches(@"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", ScalarValue("GUID"));
    }

    [Fact]
    public void The_manifest_version_matches_the_assembly()
    {
        var version = _module.Module.GetName().Version!;
        Assert.Equal($"{version.Major}.{version.Minor}.{version.Build}", ScalarValue("ModuleVersion"));
    }

    [Fact]
    public void PSData_has_what_the_gallery_shows()
    {
        var tags = ListValue("Tags");
        foreach (var tag in new[] { "Batch", "PSEdition_Core", "PSEdition_Desktop" })
            Assert.Contains(tag, tags);
        foreach (var key in new[] { "LicenseUri", "ReleaseNotes" })
            Assert.False(string.IsNullOrWhiteSpace(ScalarValue(key)), $"PSData.{key} is empty");
        Assert.Matches(@"(?m)^\s*RequireLicenseAcceptance\s*=\s*\$false\s*$", _manifest);
    }

    [Fact]
    public void Every_format_view_names_a_type_the_module_emits()
    {
        var formats = ListValue("FormatsToProcess");
        Assert.Equal(new[] { "AzBatchJobs.format.ps1xml" }, formats);
        var document = XDocument.Load(Path.Combine(ModuleMetadata.RepositoryRoot, "module", formats[0]));
        var viewTypes = document.Descendants("TypeName").Select(t => t.Value.Trim()).ToList();
        var emitted = _module.Cmdlets.SelectMany(c => c.OutputTypes).Select(t => t.FullName!).ToHashSet();
        Assert.NotEmpty(viewTypes);
        Assert.All(viewTypes, t => Assert.Contains(t, emitted));
        foreach (var required in new[] { "BatchJob", "BatchTask", "BatchTaskCountsResult", "BatchTaskSubmitOutcome" })
            Assert.Contains(viewTypes, t => t.EndsWith("." + required, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_table_column_reads_a_property_that_exists()
    {
        var document = XDocument.Load(Path.Combine(ModuleMetadata.RepositoryRoot, "module", "AzBatchJobs.format.ps1xml"));
        foreach (var view in document.Descendants("View"))
        {
            var typeName = view.Descendants("TypeName").Single().Value.Trim();
            var type = _module.Cmdlets.SelectMany(c => c.OutputTypes).First(t => t.FullName == typeName);
            foreach (var property in view.Descendants("PropertyName").Select(p => p.Value.Trim()))
                Assert.True(type.GetProperty(property) is not null, $"{typeName} has no property {property} (format view {view.Element("Name")?.Value})");
        }
    }

    private List<string> ListValue(string key)
    {
        var match = Regex.Match(_manifest, key + @"\s*=\s*@\((?<items>[^)]*)\)", RegexOptions.Singleline);
        Assert.True(match.Success, $"{key} = @(...) not found in the manifest");
        var items = Regex.Replace(match.Groups["items"].Value, "#[^\n]*", "");
        return Regex.Matches(items, "'(?<v>[^']*)'").Select(m => m.Groups["v"].Value).ToList();
    }

    private string ScalarValue(string key)
    {
        var match = Regex.Match(_manifest, @"(?m)^\s*" + key + @"\s*=\s*'(?<v>[^']*)'");
        Assert.True(match.Success, $"{key} = '...' not found in the manifest");
        return match.Groups["v"].Value;
    }
}
