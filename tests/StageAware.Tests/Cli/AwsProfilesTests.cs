using System.Collections.Generic;
using System.IO;
using StageAware.Cli;
using StageAware.Tests.Support;
using Xunit;

namespace StageAware.Tests.Cli;

public sealed class AwsProfilesTests
{
    private const string Config = """
        # the shared config file
        [default]
        region = eu-west-1

        [profile production]
        region=us-east-2
        output = json

        [profile noregion]
        ; a profile without a region
        output = text
        """;

    private const string Credentials = """
        [default]
        aws_access_key_id = AKIAFAKEFAKEFAKE

        [ci]
        aws_access_key_id = AKIAFAKEFAKEFAKE
        """;

    [Fact]
    public void Profiles_of_both_files_exist()
    {
        using var home = new TempDirectory();
        AwsProfiles profiles = Load(home, Config, Credentials);

        Assert.True(profiles.Exists("default"));
        Assert.True(profiles.Exists("production"));
        Assert.True(profiles.Exists("noregion"));
        Assert.True(profiles.Exists("ci"));
        Assert.False(profiles.Exists("nobody"));
        Assert.False(profiles.Exists("profile production"));
    }

    [Fact]
    public void The_region_of_a_profile_comes_from_the_config_file()
    {
        using var home = new TempDirectory();
        AwsProfiles profiles = Load(home, Config, Credentials);

        Assert.Equal("eu-west-1", profiles.Region("default"));
        Assert.Equal("us-east-2", profiles.Region("production"));
        // As with the CDK CLI, a profile that names no region falls back to the default profile's.
        Assert.Equal("eu-west-1", profiles.Region("nobody"));
    }

    [Fact]
    public void The_files_default_to_the_home_folder()
    {
        using var home = new TempDirectory();
        home.Write(Path.Combine(".aws", "config"), "[profile home]\nregion = ap-south-1\n");
        var environment = new Dictionary<string, string> { ["HOME"] = home.Path };

        AwsProfiles profiles = AwsProfiles.Load(name => environment.GetValueOrDefault(name));

        Assert.Equal("ap-south-1", profiles.Region("home"));
    }

    [Fact]
    public void Missing_files_have_no_profiles()
    {
        using var home = new TempDirectory();
        AwsProfiles profiles = Load(home, null, null);

        Assert.False(profiles.Exists("default"));
        Assert.Null(profiles.Region("default"));
    }

    [Fact]
    public void A_profile_without_a_region_gets_the_default_profile_region_as_the_CDK_CLI_resolves_it()
    {
        using var home = new TempDirectory();
        AwsProfiles profiles = Load(home, Config, Credentials);

        // The CDK CLI: profile in credentials, profile in config, default in credentials, default in config.
        Assert.Equal("eu-west-1", profiles.Region("noregion"));
    }

    [Fact]
    public void A_region_in_the_credentials_file_is_the_profile_region_as_the_CDK_CLI_resolves_it()
    {
        using var home = new TempDirectory();
        AwsProfiles profiles = Load(home, Config, "[production]\nregion = ca-central-1\n");

        Assert.Equal("ca-central-1", profiles.Region("production"));
    }

    [Fact]
    public void An_empty_AWS_CONFIG_FILE_counts_as_unset()
    {
        using var home = new TempDirectory();
        home.Write(Path.Combine(".aws", "config"), "[profile home]\nregion = ap-south-1\n");
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = home.Path,
            ["AWS_CONFIG_FILE"] = "",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "",
        };

        AwsProfiles profiles = AwsProfiles.Load(name => environment.GetValueOrDefault(name));

        Assert.Equal("ap-south-1", profiles.Region("home"));
    }

    private static AwsProfiles Load(TempDirectory home, string? config, string? credentials)
    {
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = home.Path,
            ["AWS_CONFIG_FILE"] = home.Combine("config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = home.Combine("credentials"),
        };
        if (config != null)
        {
            home.Write("config", config);
        }

        if (credentials != null)
        {
            home.Write("credentials", credentials);
        }

        return AwsProfiles.Load(name => environment.GetValueOrDefault(name));
    }
}
