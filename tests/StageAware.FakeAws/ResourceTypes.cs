using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace StageAware.FakeAws;

/// <summary>
/// What CloudFormation gives a resource: its physical id (a fake in the shape of the real one, or the name the
/// template asks for), what <c>Ref</c> returns, and the attributes of <c>Fn::GetAtt</c>.
/// </summary>
internal static class ResourceTypes
{
    /// <summary>The property that names a resource, per type, for the types whose names are unique per account.</summary>
    private static readonly Dictionary<string, string> NameProperties = new(StringComparer.Ordinal)
    {
        ["AWS::S3::Bucket"] = "BucketName",
        ["AWS::DynamoDB::Table"] = "TableName",
        ["AWS::IAM::Role"] = "RoleName",
        ["AWS::IAM::ManagedPolicy"] = "ManagedPolicyName",
        ["AWS::IAM::User"] = "UserName",
        ["AWS::Lambda::Function"] = "FunctionName",
        ["AWS::SQS::Queue"] = "QueueName",
        ["AWS::SNS::Topic"] = "TopicName",
        ["AWS::Logs::LogGroup"] = "LogGroupName",
        ["AWS::SecretsManager::Secret"] = "Name",
        ["AWS::SSM::Parameter"] = "Name",
        ["AWS::ECR::Repository"] = "RepositoryName",
        ["AWS::StepFunctions::StateMachine"] = "StateMachineName",
        ["AWS::Cognito::UserPool"] = "UserPoolName",
        ["AWS::Events::EventBus"] = "Name",
        ["AWS::Kinesis::Stream"] = "Name",
    };

    /// <summary>The name the template gives the resource, when its type has names that must be unique.</summary>
    public static string? ExplicitName(string type, JsonObject? properties)
    {
        if (properties == null || !NameProperties.TryGetValue(type, out string? property) || type == "AWS::Cognito::UserPool")
        {
            return null;
        }

        return properties[property] is JsonValue value && value.TryGetValue(out string? name) ? name : null;
    }

    /// <summary>Whether the name of a type is global (S3 buckets) rather than per account and region.</summary>
    public static string NameScope(string type, string account, string region) => type switch
    {
        "AWS::S3::Bucket" => "global",
        "AWS::IAM::Role" or "AWS::IAM::ManagedPolicy" or "AWS::IAM::User" => account,
        _ => account + "/" + region,
    };

    /// <summary>A physical id of the shape the real service gives a resource of this type.</summary>
    public static string PhysicalId(string type, string logicalId, string stackName, string account, string region, JsonObject? properties)
    {
        string? name = ExplicitName(type, properties);
        if (name != null)
        {
            return type == "AWS::SNS::Topic" ? $"arn:aws:sns:{region}:{account}:{name}" : name;
        }

        return type switch
        {
            "AWS::S3::Bucket" => Generated(stackName, logicalId, 63).ToLowerInvariant(),
            "AWS::IAM::Role" or "AWS::IAM::Policy" or "AWS::IAM::ManagedPolicy" or "AWS::Lambda::Function" => Generated(stackName, logicalId, 64),
            "AWS::SQS::Queue" => Generated(stackName, logicalId, 80),
            "AWS::Cognito::UserPool" => region + "_" + Ids.UpperAlnum(9).Replace('0', 'a'),
            "AWS::Cognito::UserPoolClient" => Ids.LowerAlnum(26),
            "AWS::Cognito::IdentityPool" or "AWS::Cognito::IdentityPoolRoleAttachment" => region + ":" + Guid.NewGuid(),
            "AWS::CDK::Metadata" or "AWS::CloudFormation::WaitConditionHandle" => Guid.NewGuid().ToString(),
            "AWS::SNS::Topic" => $"arn:aws:sns:{region}:{account}:{Generated(stackName, logicalId, 256)}",
            _ => Generated(stackName, logicalId, 255),
        };
    }

    /// <summary>Ref: the physical id for most types, an ARN or URL for a few.</summary>
    public static string Ref(string type, string physicalId, string account, string region) => type switch
    {
        "AWS::SQS::Queue" => $"https://sqs.{region}.amazonaws.com/{account}/{physicalId}",
        _ => physicalId,
    };

    /// <summary>Fn::GetAtt: the attributes the real types have, in their shapes; anything else a stable fake.</summary>
    public static string Attribute(string type, string logicalId, string physicalId, string attribute, string account, string region)
    {
        string id = Ref(type, physicalId, account, region);
        return (type, attribute) switch
        {
            ("AWS::S3::Bucket", "Arn") => $"arn:aws:s3:::{physicalId}",
            ("AWS::S3::Bucket", "DomainName") => $"{physicalId}.s3.amazonaws.com",
            ("AWS::S3::Bucket", "RegionalDomainName") => $"{physicalId}.s3.{region}.amazonaws.com",
            ("AWS::S3::Bucket", "DualStackDomainName") => $"{physicalId}.s3.dualstack.{region}.amazonaws.com",
            ("AWS::S3::Bucket", "WebsiteURL") => $"http://{physicalId}.s3-website-{region}.amazonaws.com",
            ("AWS::DynamoDB::Table", "Arn") => $"arn:aws:dynamodb:{region}:{account}:table/{physicalId}",
            ("AWS::DynamoDB::Table", "StreamArn") => $"arn:aws:dynamodb:{region}:{account}:table/{physicalId}/stream/2024-01-01T00:00:00.000",
            ("AWS::IAM::Role", "Arn") => $"arn:aws:iam::{account}:role/{physicalId}",
            ("AWS::IAM::Role", "RoleId") => "AROA" + Stable(physicalId, 17),
            ("AWS::IAM::User", "Arn") => $"arn:aws:iam::{account}:user/{physicalId}",
            ("AWS::Lambda::Function", "Arn") => $"arn:aws:lambda:{region}:{account}:function:{physicalId}",
            ("AWS::SQS::Queue", "Arn") => $"arn:aws:sqs:{region}:{account}:{physicalId}",
            ("AWS::SQS::Queue", "QueueName") => physicalId,
            ("AWS::SQS::Queue", "QueueUrl") => id,
            ("AWS::SNS::Topic", "TopicArn") => id,
            ("AWS::SNS::Topic", "TopicName") => id.Substring(id.LastIndexOf(':') + 1),
            ("AWS::Logs::LogGroup", "Arn") => $"arn:aws:logs:{region}:{account}:log-group:{physicalId}:*",
            ("AWS::Cognito::UserPool", "Arn") => $"arn:aws:cognito-idp:{region}:{account}:userpool/{physicalId}",
            ("AWS::Cognito::UserPool", "ProviderName") => $"cognito-idp.{region}.amazonaws.com/{physicalId}",
            ("AWS::Cognito::UserPool", "ProviderURL") => $"https://cognito-idp.{region}.amazonaws.com/{physicalId}",
            ("AWS::Cognito::UserPool", "UserPoolId") => physicalId,
            ("AWS::Cognito::UserPoolClient", "ClientId") => physicalId,
            ("AWS::Cognito::IdentityPool", "Name") => physicalId.Replace(":", "_", StringComparison.Ordinal),
            (_, "Arn") => $"arn:aws:{Service(type)}:{region}:{account}:{Resource(type)}/{physicalId}",
            _ => $"{physicalId}-{attribute}",
        };
    }

    private static string Service(string type)
    {
        string[] parts = type.Split("::");
        return parts.Length > 1 ? parts[1].ToLowerInvariant() : "unknown";
    }

    private static string Resource(string type)
    {
        string[] parts = type.Split("::");
        return parts.Length > 2 ? parts[2].ToLowerInvariant() : "resource";
    }

    /// <summary>
    /// <c>{stack}-{logicalId}-{random}</c>, as CloudFormation names the resources a template does not name: the
    /// stack and logical id are cut to fit the limit, the random suffix is kept.
    /// </summary>
    private static string Generated(string stackName, string logicalId, int limit)
    {
        string suffix = Ids.UpperAlnum(13);
        string prefix = $"{stackName}-{logicalId}";
        if (prefix.Length > limit - suffix.Length - 1)
        {
            prefix = prefix.Substring(0, limit - suffix.Length - 1);
        }

        return prefix + "-" + suffix;
    }

    private static string Stable(string text, int length)
    {
        byte[] hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return Convert.ToHexString(hash).Substring(0, length);
    }
}
