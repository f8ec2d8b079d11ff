using System.IO;
using System.Text.Json;

namespace StageAware.Cli;

/// <summary>What StageAware needs from <c>cdk.json</c>: the app command and the context keys it resolves.</summary>
internal sealed record CdkProject(string Path, string AppCommand, string? StageContext, string? RegionContext)
{
    public const string FileName = "cdk.json";

    private const string Example = "{ \"app\": \"dotnet run --project src/App/App.csproj\" }";

    public static CdkProject Load(string directory)
    {
        string path = System.IO.Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new StageAwareException(
                $"No {FileName} in {directory}: run stageaware in the CDK app's folder or point at it with --dir.");
        }

        using JsonDocument document = JsonFiles.Read(path, Example);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new StageAwareException($"{path} must hold a JSON object, e.g. {Example}.");
        }

        string? app = JsonFiles.OptionalString(root, "app", path);
        if (string.IsNullOrWhiteSpace(app))
        {
            throw new StageAwareException(
                $"{path} has no \"app\": set it to the command that runs the app, e.g. {Example}.");
        }

        root.TryGetProperty("context", out JsonElement context);
        return new CdkProject(
            path,
            app!,
            JsonFiles.OptionalString(context, "stage", path),
            JsonFiles.OptionalString(context, "region", path));
    }
}
