using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace StageAware.Tests.Core;

public sealed class PhysicalNamesTests
{
    private const string LongStageA = "feature-login-aa";
    private const string LongStageB = "feature-login-ab";

    public static TheoryData<ResourceKind> Kinds()
    {
        var data = new TheoryData<ResourceKind>();
        foreach (ResourceKind kind in Enum.GetValues<ResourceKind>())
        {
            data.Add(kind);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_name_far_too_long_fits_the_length_characters_and_case_of_its_kind(ResourceKind kind)
    {
        PhysicalNameRule rule = PhysicalNames.Rule(kind);
        string name = "Prod-Notes-" + string.Concat(Enumerable.Repeat("Upload_Files!", 100));

        string fitted = PhysicalNames.Fit(name, kind);

        // The cut may fall just after a separator, which goes, so a name may end a character or two short.
        Assert.InRange(fitted.Length, rule.MaxLength - 2, rule.MaxLength);
        Assert.All(fitted, c => Assert.True(rule.Allows(c), $"'{c}' is not allowed in a {rule.Title} name: {fitted}"));
        if (rule.LowerCase)
        {
            Assert.Equal(fitted.ToLowerInvariant(), fitted);
        }

        Assert.Matches("-[0-9a-f]{8}$", fitted);
        Assert.Equal(fitted, PhysicalNames.Fit(name, kind));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Two_long_stages_that_differ_only_at_the_end_never_shorten_to_one_name(ResourceKind kind)
    {
        string tail = "-notes-" + new string('x', 1200);

        string a = PhysicalNames.Fit(LongStageA + tail, kind);
        string b = PhysicalNames.Fit(LongStageB + tail, kind);

        Assert.NotEqual(a, b);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_name_within_the_rules_is_kept_as_it_is(ResourceKind kind)
    {
        PhysicalNameRule rule = PhysicalNames.Rule(kind);
        string name = "prod-notes-" + new string('a', Math.Min(rule.MaxLength, 40) - 11);

        Assert.Equal(name, PhysicalNames.Fit(name, kind));
    }

    [Theory]
    [InlineData(ResourceKind.S3Bucket, "prod-notes-Uploads_Bucket", "prod-notes-uploads-bucket")]
    [InlineData(ResourceKind.S3Bucket, "-prod-notes-files.", "prod-notes-files")]
    [InlineData(ResourceKind.DynamoDbTable, "prod-notes-Notes.v2", "prod-notes-Notes.v2")]
    [InlineData(ResourceKind.LambdaFunction, "prod-notes-api handler", "prod-notes-api-handler")]
    [InlineData(ResourceKind.IamRole, "prod-notes-deploy@ci", "prod-notes-deploy@ci")]
    [InlineData(ResourceKind.SqsQueue, "prod-notes-jobs.fifo", "prod-notes-jobs.fifo")]
    [InlineData(ResourceKind.RdsCluster, "Prod--Notes--DB", "prod-notes-db")]
    [InlineData(ResourceKind.RdsCluster, "1prod-notes", "prod-notes")]
    [InlineData(ResourceKind.EcrRepository, "prod-notes/API", "prod-notes/api")]
    [InlineData(ResourceKind.Export, "prod-notes-Table Name", "prod-notes-Table-Name")]
    public void Names_are_fitted_to_the_rules_of_their_kind(ResourceKind kind, string name, string expected)
    {
        Assert.Equal(expected, PhysicalNames.Fit(name, kind));
    }

    [Fact]
    public void A_shortened_FIFO_queue_keeps_its_suffix()
    {
        string fitted = PhysicalNames.Fit("prod-notes-" + new string('q', 100) + ".fifo", ResourceKind.SqsQueue);

        Assert.Equal(80, fitted.Length);
        Assert.EndsWith(".fifo", fitted);
        Assert.Matches("-[0-9a-f]{8}\\.fifo$", fitted);
    }

    [Fact]
    public void A_name_too_short_for_its_kind_is_an_error_that_says_the_minimum()
    {
        var e = Assert.Throws<StageAwareException>(() => PhysicalNames.Fit("a!", ResourceKind.S3Bucket));

        Assert.Equal("The S3 bucket name 'a!' is too short: it needs at least 3 characters.", e.Message);
    }

    [Theory]
    [InlineData(ResourceKind.S3Bucket)]
    [InlineData(ResourceKind.LambdaFunction)]
    [InlineData(ResourceKind.IamRole)]
    [InlineData(ResourceKind.SqsQueue)]
    [InlineData(ResourceKind.DynamoDbTable)]
    [InlineData(ResourceKind.StateMachine)]
    public void The_longest_stage_and_app_leave_room_for_common_names_without_a_hash(ResourceKind kind)
    {
        var naming = new StageNaming(new string('s', StageName.MaxLength), new string('a', AppName.MaxLength));

        foreach (string name in new[] { "uploads", "notes-table", "api-handler", "processing-queue-dlq" })
        {
            string fitted = naming.PhysicalName(name, kind);

            Assert.Equal((naming.Prefix + name).ToLowerInvariant(), fitted.ToLowerInvariant());
        }
    }

    [Fact]
    public void Every_kind_has_its_rules()
    {
        Assert.Equal(Enum.GetValues<ResourceKind>().Length, PhysicalNames.All.Count);
        Assert.Equal(63, PhysicalNames.Rule(ResourceKind.S3Bucket).MaxLength);
        Assert.Equal(64, PhysicalNames.Rule(ResourceKind.LambdaFunction).MaxLength);
        Assert.Equal(64, PhysicalNames.Rule(ResourceKind.IamRole).MaxLength);
        Assert.Equal(80, PhysicalNames.Rule(ResourceKind.SqsQueue).MaxLength);
        Assert.Equal(255, PhysicalNames.Rule(ResourceKind.DynamoDbTable).MaxLength);
    }
}
