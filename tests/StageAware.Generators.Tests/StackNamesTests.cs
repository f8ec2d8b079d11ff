using StageAware.Generators.Wiring;
using Xunit;

namespace StageAware.Generators.Tests;

public sealed class StackNamesTests
{
    [Theory]
    [InlineData("StorageStack", "storage")]
    [InlineData("Storage", "storage")]
    [InlineData("NotesApiStack", "notes-api")]
    [InlineData("Stack", "stack")]
    [InlineData("APIStack", "api")]
    [InlineData("MyAPIGatewayStack", "my-api-gateway")]
    [InlineData("S3BucketStack", "s3-bucket")]
    [InlineData("Notes2Stack", "notes2")]
    [InlineData("Notes_Api", "notes-api")]
    [InlineData("StackOfStacks", "stack-of-stacks")]
    [InlineData("_1Stack", "stack-1")]
    [InlineData("Über", "ber")]
    public void Default_id_is_the_kebab_case_class_name_without_Stack(string className, string id)
    {
        Assert.Equal(id, StackNames.DefaultId(className));
    }

    [Theory]
    [InlineData("StorageStack", "AddStorageStack")]
    [InlineData("Storage", "AddStorage")]
    public void Method_name_is_Add_and_the_class_name(string className, string method)
    {
        Assert.Equal(method, StackNames.MethodName(className));
    }
}
