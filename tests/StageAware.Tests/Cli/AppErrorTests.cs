using StageAware.Cli;
using Xunit;

namespace StageAware.Tests.Cli;

public sealed class AppErrorTests
{
    [Fact]
    public void A_StageAware_exception_is_the_message_alone()
    {
        string[] output =
        {
            "Building...",
            "Unhandled exception. StageAware.StageAwareException: Stack 'Storage' lacks the prefix 'prod-notes-': " +
            "create it with the generated wiring.",
            "   at StageAware.StageAwareApp.Synth()",
            "   at Program.<Main>$(String[] args) in /app/Program.cs:line 9",
            "node app.js: Subprocess exited with error 134",
        };

        Assert.Equal(
            "Stack 'Storage' lacks the prefix 'prod-notes-': create it with the generated wiring.",
            AppError.Extract(output));
    }

    [Fact]
    public void Another_exception_keeps_its_type()
    {
        string[] output =
        {
            "Unhandled exception. System.InvalidOperationException: the notes table is missing",
            "   at Program.Main()",
        };

        Assert.Equal("System.InvalidOperationException: the notes table is missing", AppError.Extract(output));
    }

    [Fact]
    public void The_lines_of_a_message_are_kept_up_to_the_first_stack_frame()
    {
        string[] output =
        {
            "[stderr] Unhandled exception. System.AggregateException: One or more errors occurred.",
            "",
            " ---> System.IO.FileNotFoundException: notes.json",
            "   --- End of inner exception stack trace ---",
            "   at Program.Main()",
        };

        Assert.Equal(
            "System.AggregateException: One or more errors occurred. ---> System.IO.FileNotFoundException: notes.json",
            AppError.Extract(output));
    }

    [Fact]
    public void A_build_error_is_the_compiler_first_error()
    {
        string[] output =
        {
            "  Determining projects to restore...",
            "  /src/App/Program.cs(12,5): error CS1002: ; expected [/src/App/App.csproj]",
            "  /src/App/Program.cs(14,1): error CS1513: } expected [/src/App/App.csproj]",
            "The build failed. Fix the build errors and run again.",
        };

        Assert.Equal(
            "the app does not build: /src/App/Program.cs(12,5): error CS1002: ; expected [/src/App/App.csproj]",
            AppError.Extract(output));
    }

    [Fact]
    public void Otherwise_the_last_line_that_is_not_blank()
    {
        string[] output = { "first line", "  the app gave up  ", "", "   " };

        Assert.Equal("the app gave up", AppError.Extract(output));
    }

    [Fact]
    public void An_app_that_printed_nothing_says_so()
    {
        Assert.Equal("the app printed nothing", AppError.Extract(System.Array.Empty<string>()));
        Assert.Equal("the app printed nothing", AppError.Extract(new[] { "", "  " }));
    }
}
