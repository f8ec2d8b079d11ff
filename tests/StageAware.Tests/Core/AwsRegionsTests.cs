using System;
using System.Linq;
using Xunit;

namespace StageAware.Tests.Core;

public sealed class AwsRegionsTests
{
    [Theory]
    [InlineData("us-east-1", "aws")]
    [InlineData("eu-west-1", "aws")]
    [InlineData("ap-southeast-7", "aws")]
    [InlineData("cn-north-1", "aws-cn")]
    [InlineData("cn-northwest-1", "aws-cn")]
    [InlineData("us-gov-west-1", "aws-us-gov")]
    [InlineData("us-iso-east-1", "aws-iso")]
    [InlineData("us-isob-east-1", "aws-iso-b")]
    [InlineData("eu-isoe-west-1", "aws-iso-e")]
    [InlineData("us-isof-south-1", "aws-iso-f")]
    [InlineData("eusc-de-east-1", "aws-eusc")]
    public void A_known_region_has_its_partition(string region, string partition)
    {
        Assert.True(AwsRegions.IsKnown(region));
        Assert.Equal(partition, AwsRegions.PartitionOf(region));
        Assert.Equal(region, AwsRegions.Validate(region, "--region"));
    }

    [Fact]
    public void Every_partition_is_present_and_no_other()
    {
        string[] partitions = AwsRegions.All
            .Select(r => AwsRegions.PartitionOf(r)!)
            .Distinct()
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            new[] { "aws", "aws-cn", "aws-eusc", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-us-gov" },
            partitions);
    }

    [Fact]
    public void The_list_is_sorted_without_duplicates()
    {
        Assert.Equal(AwsRegions.All.OrderBy(r => r, StringComparer.Ordinal), AwsRegions.All);
        Assert.Equal(AwsRegions.All.Count, AwsRegions.All.Distinct().Count());
        Assert.True(AwsRegions.All.Count >= 40, $"only {AwsRegions.All.Count} regions");
    }

    [Theory]
    [InlineData("mars-1")]
    [InlineData("US-EAST-1")]
    [InlineData("us-east-1 ")]
    [InlineData("useast1")]
    public void An_unknown_region_is_an_error_that_names_the_source(string region)
    {
        Assert.False(AwsRegions.IsKnown(region));
        Assert.Null(AwsRegions.PartitionOf(region));

        var e = Assert.Throws<StageAwareException>(() => AwsRegions.Validate(region, "AWS_REGION"));

        Assert.Equal(
            $"Region '{region}' (from AWS_REGION) is not an AWS region: " +
            "use a region name such as us-east-1 or eu-west-1.",
            e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void An_empty_region_is_an_error_that_says_it_is_empty(string? region)
    {
        Assert.False(AwsRegions.IsKnown(region));

        var e = Assert.Throws<StageAwareException>(() => AwsRegions.Validate(region, "--region"));

        Assert.Equal(
            "An empty region (from --region) is not an AWS region: use a region name such as us-east-1 or eu-west-1.",
            e.Message);
    }
}
