using System.Diagnostics;
using System.Text;

namespace CheckIn.Testing;

/// <summary>Runs a command line tool to completion with a deadline, capturing what it prints.</summary>
internal static class ProcessRunner
{
    /// <summary>The outcome of a finished process.</summary>
    public readonly record struct Result(int ExitCode, string Output);

    /// <summary>Runs <paramref name="fileName"/>; kills it and throws <see cref="TimeoutException"/> past <paramref name="timeout"/>.</summary>
    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        var output = new StringBuilder();
        var gate = new Lock();
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{fileName} {string.Join(' ', startInfo.ArgumentList)}' did not finish within {timeout}.");
        }

        lock (gate)
        {
            return new Result(process.ExitCode, output.ToString());
        }

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    output.AppendLine(line);
                }
            }
        }
    }
}
