using System.Linq;
using Xunit;

namespace StageAware.Tests.Core;

public sealed class NameAuditTests
{
    private static readonly StageNaming Prod = new("prod", "notes");

    [Fact]
    public void A_literal_name_without_the_stage_is_found_with_its_construct_path()
    {
        const string template = """
            { "Resources": { "Uploads1234": { "Type": "AWS::S3::Bucket",
              "Properties": { "BucketName": "notes-uploads" },
              "Metadata": { "aws:cdk:path": "prod-notes-storage/Uploads/Resource" } } } }
            """;

        NameFinding finding = Assert.Single(NameAudit.Audit("prod-notes-storage", template, Prod));

        Assert.Equal(new NameFinding("prod-notes-storage", "Uploads/Resource", "AWS::S3::Bucket", "BucketName", "notes-uploads"), finding);
        Assert.Equal(
            "prod-notes-storage/Uploads/Resource (AWS::S3::Bucket) BucketName 'notes-uploads' does not carry the stage " +
            "prefix 'prod-notes-': two stages in one account would collide; use app.PhysicalName(...) or " +
            "app.ExportName(...), or let CloudFormation name it.",
            finding.Describe(Prod));
    }

    [Theory]
    [InlineData("\"prod-notes-uploads\"")]
    [InlineData("\"PROD-NOTES-uploads\"")]
    [InlineData("{ \"Fn::Join\": [\"\", [{ \"Ref\": \"AWS::StackName\" }, \"-uploads\"]] }")]
    [InlineData("{ \"Fn::Join\": [\"-\", [\"prod\", \"notes\", { \"Ref\": \"AWS::Region\" }]] }")]
    [InlineData("{ \"Fn::Join\": [\"-\", [\"prod\", { \"Ref\": \"Suffix\" }]] }")]
    [InlineData("{ \"Fn::Sub\": \"${AWS::StackName}-uploads\" }")]
    [InlineData("{ \"Fn::Sub\": \"prod-notes-${AWS::Region}\" }")]
    [InlineData("{ \"Ref\": \"BucketNameParameter\" }")]
    public void Names_with_the_stage_or_known_only_at_deploy_time_pass(string name)
    {
        string template = $$"""{ "Resources": { "T": { "Type": "AWS::DynamoDB::Table", "Properties": { "TableName": {{name}} } } } }""";

        Assert.Empty(NameAudit.Audit("prod-notes-storage", template, Prod));
    }

    [Theory]
    [InlineData("\"dev-notes-uploads\"", "dev-notes-uploads")]
    [InlineData("\"prod-notesuploads\"", "prod-notesuploads")]
    [InlineData("{ \"Fn::Join\": [\"-\", [\"shared\", { \"Ref\": \"AWS::Region\" }]] }", "shared-...")]
    [InlineData("{ \"Fn::Sub\": \"shared-${AWS::Region}\" }", "shared-...")]
    public void Names_of_another_stage_or_none_are_found(string name, string shown)
    {
        string template = $$"""{ "Resources": { "Q": { "Type": "AWS::SQS::Queue", "Properties": { "QueueName": {{name}} } } } }""";

        NameFinding finding = Assert.Single(NameAudit.Audit("prod-notes-jobs", template, Prod));
        Assert.Equal(("Q", "QueueName", shown), (finding.Path, finding.Property, finding.Value));
    }

    [Fact]
    public void Export_names_are_audited_and_unnamed_or_unlisted_resources_are_not()
    {
        const string template = """
            { "Resources": {
                "Api": { "Type": "AWS::ApiGateway::RestApi", "Properties": { "Name": "notes-api" } },
                "Table": { "Type": "AWS::DynamoDB::Table", "Properties": { "BillingMode": "PAY_PER_REQUEST" } } },
              "Outputs": {
                "Good": { "Value": "x", "Export": { "Name": "prod-notes-TableName" } },
                "Shared": { "Value": "x", "Export": { "Name": "TableName" } },
                "Plain": { "Value": "x" } } }
            """;

        NameFinding finding = Assert.Single(NameAudit.Audit("prod-notes-storage", template, Prod));

        Assert.Equal(new NameFinding("prod-notes-storage", "Outputs/Shared", "Export", "Name", "TableName"), finding);
    }

    [Fact]
    public void Every_audited_resource_type_names_its_physical_name_property()
    {
        Assert.Equal("BucketName", NameAudit.AuditedProperties["AWS::S3::Bucket"]);
        Assert.Equal("FunctionName", NameAudit.AuditedProperties["AWS::Lambda::Function"]);
        Assert.Equal("RoleName", NameAudit.AuditedProperties["AWS::IAM::Role"]);
        Assert.True(NameAudit.AuditedProperties.Count >= 25);
        Assert.All(NameAudit.AuditedProperties.Keys, type => Assert.StartsWith("AWS::", type));
        Assert.Equal(NameAudit.AuditedProperties.Count, NameAudit.AuditedProperties.Keys.Distinct().Count());
    }
}
