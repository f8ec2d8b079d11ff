namespace StageAware;

/// <summary>
/// A problem the user can fix: bad configuration, a stage or region that breaks the rules, a stack outside its
/// stage. The message is one sentence that says what is wrong and what to do.
/// </summary>
public class StageAwareException : System.Exception
{
    /// <summary>Creates the exception with its user-facing message.</summary>
    public StageAwareException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its user-facing message and the error behind it.</summary>
    public StageAwareException(string message, System.Exception inner)
        : base(message, inner)
    {
    }
}
