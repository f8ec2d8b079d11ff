using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.S3;
using Constructs;
using StageAware;

namespace Notes.Infrastructure;

/// <summary>
/// Sign-up and sign-in for the notes app: a Cognito user pool, and an identity pool whose signed-in users may
/// read and write their own files in the uploads bucket.
/// </summary>
public sealed class AuthStack : Stack
{
    private const string CognitoIdentity = "cognito-identity.amazonaws.com";

    /// <summary>Creates the auth of one stage.</summary>
    /// <param name="scope">The app.</param>
    /// <param name="id">The stack's id.</param>
    /// <param name="uploads">The bucket whose <c>private/{identity}/</c> folder each user owns.</param>
    /// <param name="props">The stack's props.</param>
    public AuthStack(Construct scope, string id, IBucket uploads, IStackProps? props = null)
        : base(scope, id, props)
    {
        StageAwareApp app = StageAwareApp.Of(this);

        UserPool = new UserPool(this, "UserPool", new UserPoolProps
        {
            SelfSignUpEnabled = true,
            SignInAliases = new SignInAliases { Email = true },
            AutoVerify = new AutoVerifiedAttrs { Email = true },
            PasswordPolicy = new PasswordPolicy { MinLength = 12 },
            AccountRecovery = AccountRecovery.EMAIL_ONLY,
            RemovalPolicy = app.Stage == "prod" ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });

        UserPoolClient client = UserPool.AddClient("WebClient", new UserPoolClientOptions
        {
            AuthFlows = new AuthFlow { UserSrp = true },
            GenerateSecret = false,
        });

        var identityPool = new CfnIdentityPool(this, "IdentityPool", new CfnIdentityPoolProps
        {
            AllowUnauthenticatedIdentities = false,
            CognitoIdentityProviders = new object[]
            {
                new CfnIdentityPool.CognitoIdentityProviderProperty
                {
                    ClientId = client.UserPoolClientId,
                    ProviderName = UserPool.UserPoolProviderName,
                },
            },
        });

        var signedIn = new Role(this, "SignedInRole", new RoleProps
        {
            Description = "Assumed by the signed-in users of the notes app.",
            AssumedBy = new FederatedPrincipal(
                CognitoIdentity,
                new Dictionary<string, object>
                {
                    ["StringEquals"] = new Dictionary<string, object> { [CognitoIdentity + ":aud"] = identityPool.Ref },
                    ["ForAnyValue:StringLike"] = new Dictionary<string, object> { [CognitoIdentity + ":amr"] = "authenticated" },
                },
                "sts:AssumeRoleWithWebIdentity"),
        });

        // Each user reaches only the folder named after their own identity.
        signedIn.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = new[] { "s3:GetObject", "s3:PutObject", "s3:DeleteObject" },
            Resources = new[] { uploads.ArnForObjects("private/${" + CognitoIdentity + ":sub}/*") },
        }));

        _ = new CfnIdentityPoolRoleAttachment(this, "RoleAttachment", new CfnIdentityPoolRoleAttachmentProps
        {
            IdentityPoolId = identityPool.Ref,
            Roles = new Dictionary<string, object> { ["authenticated"] = signedIn.RoleArn },
        });

        _ = new CfnOutput(this, "UserPoolId", new CfnOutputProps { Value = UserPool.UserPoolId });
        _ = new CfnOutput(this, "UserPoolClientId", new CfnOutputProps { Value = client.UserPoolClientId });
        _ = new CfnOutput(this, "IdentityPoolId", new CfnOutputProps { Value = identityPool.Ref });
    }

    /// <summary>The users of the stage.</summary>
    public UserPool UserPool { get; }
}
