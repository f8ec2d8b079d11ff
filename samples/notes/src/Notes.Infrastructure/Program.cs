using Notes.Infrastructure;
using StageAware;

// Stage, region and account come from the deploy: `stageaware synth --stage prod --region eu-west-1`.
var app = new StageAwareApp();

StorageStack storage = app.AddStorageStack();
app.AddAuthStack(storage.Uploads);

app.Synth();
