namespace System.Management.Automation;

/// <summary>Enough of PSObject for harness input: a PSCustomObject with note properties, as Import-Csv produces.</summary>
public class PSObject
{
    public PSObject() => BaseObject = this;

    public PSObject(object obj) => BaseObject = obj ?? throw new ArgumentNullException(nameof(obj));

    public object BaseObject { get; }

    public IList<PSNoteProperty> Properties { get; } = new List<PSNoteProperty>();

    public static PSObject CustomObject(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var result = new PSObject();
        foreach (var pair in properties) result.Properties.Add(new PSNoteProperty(pair.Key, pair.Value));
        return result;
    }
}

public class PSNoteProperty
{
    public PSNoteProperty(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }
    public object? Value { get; set; }
}
