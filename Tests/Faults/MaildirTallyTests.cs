extern alias benchmarks;
using benchmarks::CheckIn.Benchmarks.Faults;

namespace CheckIn.Tests.Faults;

/// <summary>The SMTP outage's count of the server's Maildir: a copy resent with the same Message-ID is told apart from a
/// second, different message to the same visitor.</summary>
public sealed class MaildirTallyTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("checkin-tally-").FullName;

    [Fact]
    public void Read_ResentCopyAndOtherMessage_CountsBothAsDuplicatesAndOnlyTheOtherAsAnotherMessage()
    {
        var files = new[]
        {
            Message("a@example.jp", "<w1@example.jp>"),
            Message("a@example.jp", "<w1@example.jp>"),
            Message("b@example.jp", "<w2@example.jp>"),
            Message("b@example.jp", "<w3@example.jp>"),
            Message("stranger@example.jp", "<w4@example.jp>"),
            Message("c@example.jp", null),
        };

        var tally = MaildirTally.Read(files, ["a@example.jp", "b@example.jp", "c@example.jp", "d@example.jp"]);

        Assert.Equal((3, 2, 1, 1, 1, 1), (tally.Delivered, tally.Duplicates, tally.OtherMessages, tally.WithoutMessageId, tally.Missing, tally.Unexpected));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Message(string recipient, string? messageId)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N"));
        var id = messageId is null ? "" : $"Message-ID: {messageId}\n";
        File.WriteAllText(path, $"X-RcptTo: {recipient}\n{id}Subject: Warning\n\nBody\nMessage-ID: <not-a-header@example.jp>\n");
        return path;
    }
}
