namespace StageAware.Analyzers;

/// <summary>
/// STAGE004's data: the props properties that set a physical name which must be unique per account and region
/// (S3 buckets: in all of AWS), each with the runtime's <c>StageAware.ResourceKind</c> that fits a name of that
/// resource. The L2 props and the L1 <c>Cfn*Props</c> are listed by metadata name (CDK v1 and v2 share them); the L1
/// construct of each <c>Cfn*Props</c> (<c>CfnBucket.BucketName</c>) is watched too. Checked against Amazon.CDK.Lib
/// 2.160.0. Names that need not be unique (an API's <c>RestApiName</c>, a Cognito <c>UserPoolName</c>, a DynamoDB
/// attribute's <c>Name</c>, an inline IAM policy's <c>PolicyName</c>, unique only on its principal) are not
/// here; <c>stageaware.physical_name_properties</c> in .editorconfig adds more.
/// </summary>
internal static class PhysicalNameProperties
{
    /// <summary>The option that adds properties: <c>My.WidgetProps.WidgetName:S3Bucket, ...</c>.</summary>
    public const string OptionKey = "stageaware.physical_name_properties";

    /// <summary>The type, the property and the resource kind of every watched property.</summary>
    public static readonly (string Type, string Property, string Kind)[] All =
    {
        ("Amazon.CDK.AWS.S3.BucketProps", "BucketName", "S3Bucket"),
        ("Amazon.CDK.AWS.S3.CfnBucketProps", "BucketName", "S3Bucket"),

        ("Amazon.CDK.AWS.DynamoDB.TableProps", "TableName", "DynamoDbTable"),
        ("Amazon.CDK.AWS.DynamoDB.TablePropsV2", "TableName", "DynamoDbTable"),
        ("Amazon.CDK.AWS.DynamoDB.CfnTableProps", "TableName", "DynamoDbTable"),
        ("Amazon.CDK.AWS.DynamoDB.CfnGlobalTableProps", "TableName", "DynamoDbTable"),

        ("Amazon.CDK.AWS.Lambda.FunctionProps", "FunctionName", "LambdaFunction"),
        ("Amazon.CDK.AWS.Lambda.FunctionOptions", "FunctionName", "LambdaFunction"),
        ("Amazon.CDK.AWS.Lambda.DockerImageFunctionProps", "FunctionName", "LambdaFunction"),
        ("Amazon.CDK.AWS.Lambda.SingletonFunctionProps", "FunctionName", "LambdaFunction"),
        ("Amazon.CDK.AWS.Lambda.Nodejs.NodejsFunctionProps", "FunctionName", "LambdaFunction"),
        ("Amazon.CDK.AWS.Lambda.CfnFunctionProps", "FunctionName", "LambdaFunction"),

        ("Amazon.CDK.AWS.IAM.RoleProps", "RoleName", "IamRole"),
        ("Amazon.CDK.AWS.IAM.LazyRoleProps", "RoleName", "IamRole"),
        ("Amazon.CDK.AWS.IAM.CfnRoleProps", "RoleName", "IamRole"),
        ("Amazon.CDK.AWS.IAM.UserProps", "UserName", "IamUser"),
        ("Amazon.CDK.AWS.IAM.CfnUserProps", "UserName", "IamUser"),
        ("Amazon.CDK.AWS.IAM.ManagedPolicyProps", "ManagedPolicyName", "IamManagedPolicy"),
        ("Amazon.CDK.AWS.IAM.CfnManagedPolicyProps", "ManagedPolicyName", "IamManagedPolicy"),

        ("Amazon.CDK.AWS.SQS.QueueProps", "QueueName", "SqsQueue"),
        ("Amazon.CDK.AWS.SQS.CfnQueueProps", "QueueName", "SqsQueue"),
        ("Amazon.CDK.AWS.SNS.TopicProps", "TopicName", "SnsTopic"),
        ("Amazon.CDK.AWS.SNS.CfnTopicProps", "TopicName", "SnsTopic"),

        ("Amazon.CDK.AWS.Logs.LogGroupProps", "LogGroupName", "LogGroup"),
        ("Amazon.CDK.AWS.Logs.CfnLogGroupProps", "LogGroupName", "LogGroup"),
        ("Amazon.CDK.AWS.SecretsManager.SecretProps", "SecretName", "Secret"),
        ("Amazon.CDK.AWS.SecretsManager.CfnSecretProps", "Name", "Secret"),
        ("Amazon.CDK.AWS.SSM.StringParameterProps", "ParameterName", "SsmParameter"),
        ("Amazon.CDK.AWS.SSM.StringListParameterProps", "ParameterName", "SsmParameter"),
        ("Amazon.CDK.AWS.SSM.CfnParameterProps", "Name", "SsmParameter"),

        ("Amazon.CDK.AWS.ECR.RepositoryProps", "RepositoryName", "EcrRepository"),
        ("Amazon.CDK.AWS.ECR.CfnRepositoryProps", "RepositoryName", "EcrRepository"),
        ("Amazon.CDK.AWS.StepFunctions.StateMachineProps", "StateMachineName", "StateMachine"),
        ("Amazon.CDK.AWS.StepFunctions.CfnStateMachineProps", "StateMachineName", "StateMachine"),
        ("Amazon.CDK.AWS.CodePipeline.PipelineProps", "PipelineName", "CodePipeline"),
        ("Amazon.CDK.AWS.CodePipeline.CfnPipelineProps", "Name", "CodePipeline"),
        ("Amazon.CDK.AWS.CodeBuild.ProjectProps", "ProjectName", "CodeBuildProject"),
        ("Amazon.CDK.AWS.CodeBuild.PipelineProjectProps", "ProjectName", "CodeBuildProject"),
        ("Amazon.CDK.AWS.CodeBuild.CfnProjectProps", "Name", "CodeBuildProject"),
        ("Amazon.CDK.AWS.CodeBuild.ReportGroupProps", "ReportGroupName", "CodeBuildReportGroup"),
        ("Amazon.CDK.AWS.CodeBuild.CfnReportGroupProps", "Name", "CodeBuildReportGroup"),

        ("Amazon.CDK.AWS.ECS.ClusterProps", "ClusterName", "EcsCluster"),
        ("Amazon.CDK.AWS.ECS.CfnClusterProps", "ClusterName", "EcsCluster"),
        ("Amazon.CDK.AWS.Events.EventBusProps", "EventBusName", "EventBus"),
        ("Amazon.CDK.AWS.Events.CfnEventBusProps", "Name", "EventBus"),
        ("Amazon.CDK.AWS.Kinesis.StreamProps", "StreamName", "KinesisStream"),
        ("Amazon.CDK.AWS.Kinesis.CfnStreamProps", "Name", "KinesisStream"),

        ("Amazon.CDK.AWS.RDS.DatabaseClusterProps", "ClusterIdentifier", "RdsCluster"),
        ("Amazon.CDK.AWS.RDS.DatabaseClusterFromSnapshotProps", "ClusterIdentifier", "RdsCluster"),
        ("Amazon.CDK.AWS.RDS.ServerlessClusterProps", "ClusterIdentifier", "RdsCluster"),
        ("Amazon.CDK.AWS.RDS.ServerlessClusterFromSnapshotProps", "ClusterIdentifier", "RdsCluster"),
        ("Amazon.CDK.AWS.RDS.DatabaseInstanceProps", "InstanceIdentifier", "RdsCluster"),
        ("Amazon.CDK.AWS.RDS.DatabaseInstanceFromSnapshotProps", "InstanceIdentifier", "RdsCluster"),
        ("Amazon.CDK.AWS.RDS.DatabaseInstanceReadReplicaProps", "InstanceIdentifier", "RdsCluster"),
        ("Amazon.CDK.AWS.RDS.CfnDBClusterProps", "DbClusterIdentifier", "RdsCluster"),
        ("Amazon.CDK.AWS.RDS.CfnDBInstanceProps", "DbInstanceIdentifier", "RdsCluster"),

        ("Amazon.CDK.AWS.ElasticLoadBalancingV2.ApplicationLoadBalancerProps", "LoadBalancerName", "LoadBalancer"),
        ("Amazon.CDK.AWS.ElasticLoadBalancingV2.NetworkLoadBalancerProps", "LoadBalancerName", "LoadBalancer"),
        ("Amazon.CDK.AWS.ElasticLoadBalancingV2.CfnLoadBalancerProps", "Name", "LoadBalancer"),
        ("Amazon.CDK.AWS.ElasticLoadBalancingV2.ApplicationTargetGroupProps", "TargetGroupName", "TargetGroup"),
        ("Amazon.CDK.AWS.ElasticLoadBalancingV2.NetworkTargetGroupProps", "TargetGroupName", "TargetGroup"),
        ("Amazon.CDK.AWS.ElasticLoadBalancingV2.AddApplicationTargetsProps", "TargetGroupName", "TargetGroup"),
        ("Amazon.CDK.AWS.ElasticLoadBalancingV2.AddNetworkTargetsProps", "TargetGroupName", "TargetGroup"),
        ("Amazon.CDK.AWS.ElasticLoadBalancingV2.CfnTargetGroupProps", "Name", "TargetGroup"),

        ("Amazon.CDK.AWS.ElastiCache.CfnReplicationGroupProps", "ReplicationGroupId", "ElastiCacheCluster"),
        ("Amazon.CDK.AWS.CloudWatch.AlarmProps", "AlarmName", "CloudWatchAlarm"),
        ("Amazon.CDK.AWS.CloudWatch.CreateAlarmOptions", "AlarmName", "CloudWatchAlarm"),
        ("Amazon.CDK.AWS.CloudWatch.CfnAlarmProps", "AlarmName", "CloudWatchAlarm"),
    };
}
