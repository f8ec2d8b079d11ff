using Amazon.CDK;
using StageAware;

var app = new StageAwareApp();

// One stack made the stage-aware way, one the way the app was written before StageAware.
_ = new Stack(app, app.StackName("queue"), app.StackProps("queue"));
_ = new Stack(app, "Legacy", new StackProps
{
    Env = new Amazon.CDK.Environment { Account = "123456789012", Region = "us-west-2" },
});

app.Synth();
