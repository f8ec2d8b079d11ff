namespace StageAware.Tests.Support;

/// <summary>Small Node.js scripts that stand in for a CDK app, run by the real CDK CLI in a few hundred ms.</summary>
public static class FakeApps
{
    /// <summary>Fails as a .NET app does: the exception on stderr, then its stack trace, then exit code 134.</summary>
    public const string UnhandledException = """
        process.stderr.write('Unhandled exception. System.InvalidOperationException: the notes table is missing\n');
        process.stderr.write('   at Program.Main()\n');
        process.exit(134);
        """;

    /// <summary>Fails with an exception that has an inner one, as a .NET app prints it.</summary>
    public const string InnerException = """
        process.stderr.write('Unhandled exception. System.AggregateException: One or more errors occurred.\n');
        process.stderr.write(' ---> System.InvalidOperationException: the notes table is missing\n');
        process.stderr.write('   at Program.Main()\n');
        process.exit(134);
        """;

    /// <summary>Fails with the secret access key of its environment inside its error.</summary>
    public const string LeaksSecret = """
        const secret = process.env.AWS_SECRET_ACCESS_KEY;
        console.log('signing with ' + secret);
        process.stderr.write('Unhandled exception. System.Exception: request signed with ' + secret + ' refused\n');
        process.stderr.write('   at Program.Main(' + secret + ')\n');
        process.exit(134);
        """;

    /// <summary>
    /// Writes a cloud assembly to <c>CDK_OUTDIR</c> with one stack. The stack name and region are taken from the
    /// context (<c>CDK_CONTEXT_JSON</c>) as a stage-aware app would, unless <paramref name="stackName"/> and
    /// <paramref name="region"/> fix them, as an app that ignores the stage would.
    /// </summary>
    public static string WritesAssembly(string? stackName = null, string? region = null, bool tags = true) => $$"""
        const fs = require('fs');
        const path = require('path');
        const context = JSON.parse(process.env.CDK_CONTEXT_JSON || '{}');
        const out = process.env.CDK_OUTDIR;
        if (!out || !context.stage || !context.region) {
          process.stderr.write('Unhandled exception. System.Exception: no CDK_OUTDIR or context\n');
          process.exit(134);
        }
        if (process.env.AWS_REGION !== context.region || !process.env.STAGEAWARE_CONFIG) {
          process.stderr.write('Unhandled exception. System.Exception: AWS_REGION or STAGEAWARE_CONFIG not set\n');
          process.exit(134);
        }
        const stackName = {{Js(stackName)}} || `${context.stage}-notes-storage`;
        const region = {{Js(region)}} || context.region;
        const template = stackName + '.template.json';
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, template), JSON.stringify({ Resources: {} }));
        const properties = { templateFile: template, stackName };
        if ({{(tags ? "true" : "false")}}) {
          properties.tags = { stage: context.stage, app: 'notes' };
        }
        const manifest = {
          version: '38.0.0',
          artifacts: {
            [stackName]: {
              type: 'aws:cloudformation:stack',
              environment: `aws://unknown-account/${region}`,
              properties,
            },
          },
        };
        fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
        """;

    private static string Js(string? value) => value == null ? "null" : "'" + value + "'";
}
