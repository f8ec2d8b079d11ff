using StageAware;
using StageAwareApp1;

// The stage, region and account come from the deploy: stageaware synth --stage dev --region us-east-1
var app = new StageAwareApp();

app.AddAppStack();

app.Synth();
