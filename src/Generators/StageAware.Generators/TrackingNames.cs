namespace StageAware.Generators;

/// <summary>The names of the generator's pipeline steps, for tests that check what each step cached.</summary>
public static class TrackingNames
{
    /// <summary>Each stack class declaration, as a model or null when it gets no wiring.</summary>
    public const string StackClasses = nameof(StackClasses);

    /// <summary>The stack classes that get wiring.</summary>
    public const string WireableStacks = nameof(WireableStacks);

    /// <summary>All of them, less duplicates and name clashes.</summary>
    public const string DistinctStacks = nameof(DistinctStacks);

    /// <summary>One stack per generated file.</summary>
    public const string StackFiles = nameof(StackFiles);
}
