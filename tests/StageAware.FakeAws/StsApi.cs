using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace StageAware.FakeAws;

/// <summary>STS (awsQuery): who the caller is, and fake temporary credentials for the CDK bootstrap roles.</summary>
internal sealed class StsApi
{
    public const string Namespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    private static readonly Regex RoleArn = new(@"^arn:aws[a-z-]*:iam::(\d{12}):role/(?:.*/)?([\w+=,.@-]+)$", RegexOptions.CultureInvariant);
    private static readonly Regex BootstrapRole = new(@"^cdk-([a-z0-9]+)-[a-z-]+-role-(\d{12})-([a-z0-9-]+)$", RegexOptions.CultureInvariant);

    private readonly FakeWorld world;

    public StsApi(FakeWorld world)
    {
        this.world = world;
    }

    public string Handle(string action, Dictionary<string, string> form, RequestScope request)
    {
        string result = action switch
        {
            "GetCallerIdentity" => CallerIdentity(request),
            "AssumeRole" => AssumeRole(form, request),
            _ => throw new AwsException(400, "InvalidAction", $"Could not find operation {action} for version 2011-06-15 (fake STS)"),
        };
        return Query.Response(action, Namespace, result, Ids.RequestId());
    }

    private string CallerIdentity(RequestScope request)
    {
        if (request.AccessKeyId != null && world.Issued.TryGetValue(request.AccessKeyId, out IssuedCredentials? issued))
        {
            return Query.Element("Arn", $"arn:aws:sts::{issued.Account}:assumed-role/{issued.RoleName}/{issued.SessionName}") +
                Query.Element("UserId", $"AROAFAKE{issued.Account}:{issued.SessionName}") + Query.Element("Account", issued.Account);
        }

        return Query.Element("Arn", $"arn:aws:iam::{world.Options.Account}:user/stageaware-fake-user") +
            Query.Element("UserId", "AIDAFAKESTAGEAWAREUSER") + Query.Element("Account", world.Options.Account);
    }

    private string AssumeRole(Dictionary<string, string> form, RequestScope request)
    {
        string roleArn = form.GetValueOrDefault("RoleArn") ?? throw AwsException.Validation("RoleArn is required");
        string session = form.GetValueOrDefault("RoleSessionName") ?? "session";
        Match match = RoleArn.Match(roleArn);
        if (!match.Success)
        {
            throw AwsException.Validation($"{roleArn} is invalid");
        }

        string account = match.Groups[1].Value;
        string roleName = match.Groups[2].Value;
        Match bootstrap = BootstrapRole.Match(roleName);
        if (bootstrap.Success && (bootstrap.Groups[1].Value != world.Options.Qualifier || world.Unbootstrapped.Contains(bootstrap.Groups[3].Value)))
        {
            string caller = request.AccessKeyId != null && world.Issued.TryGetValue(request.AccessKeyId, out IssuedCredentials? via)
                ? $"arn:aws:sts::{via.Account}:assumed-role/{via.RoleName}/{via.SessionName}"
                : $"arn:aws:iam::{world.Options.Account}:user/stageaware-fake-user";
            throw new AwsException(403, "AccessDenied", $"User: {caller} is not authorized to perform: sts:AssumeRole on resource: {roleArn}");
        }

        string accessKeyId = "ASIAFAKE" + Ids.UpperAlnum(12);
        world.Issued[accessKeyId] = new IssuedCredentials(accessKeyId, account, roleArn, roleName, session);
        return "<Credentials>" + Query.Element("AccessKeyId", accessKeyId) +
            Query.Element("SecretAccessKey", "fakeSecret" + Ids.LowerAlnum(30)) +
            Query.Element("SessionToken", "fakeSessionToken" + Ids.LowerAlnum(64)) +
            Query.Element("Expiration", Query.Timestamp(world.Now().AddHours(1))) + "</Credentials>" +
            "<AssumedRoleUser>" + Query.Element("AssumedRoleId", $"AROAFAKE{account}:{session}") +
            Query.Element("Arn", $"arn:aws:sts::{account}:assumed-role/{roleName}/{session}") + "</AssumedRoleUser>";
    }
}
