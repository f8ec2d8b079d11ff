using Amazon.CDK;
using StageAware;

var app = new StageAwareApp();

// The tests also need an app that fails on its own, the way a real app's bug does.
if (System.Environment.GetEnvironmentVariable("HARDCODEDENV_THROW") is { Length: > 0 } message)
{
    throw new System.InvalidOperationException(message);
}

// One stack made the stage-aware way, one the way the app was written before StageAware.
_ = new Stack(app, app.StackName("queue"), app.StackProps("queue"));
_ = new Stack(app, "Legacy", new StackProps
{
    Env = new Amazon.CDK.Environment { Account = "123456789012", Region = "us-west-2" },
});

app.Synth();
