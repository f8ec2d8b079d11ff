using System;
using System.IO;

namespace StageAware.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        // The system temp folder lies outside the repository, so no node_modules is found above it.
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "stageaware-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The full path of <paramref name="relative"/> inside the folder.</summary>
    public string Combine(params string[] relative) => System.IO.Path.Combine(Path, System.IO.Path.Combine(relative));

    /// <summary>Writes a file (creating its folders) and returns its full path.</summary>
    public string Write(string relative, string text)
    {
        string path = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Creates a sub-folder and returns its full path.</summary>
    public string CreateDirectory(string relative) => Directory.CreateDirectory(Combine(relative)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process that outlived its test may still hold a file; the system temp folder is swept anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
