using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.CheckIn;

/// <summary>Helpers the exposure tests share: visitors checked in at set times, and waiting for mail.</summary>
internal static class ExposureScenario
{
    /// <summary>Checks <paramref name="count"/> new visitors in at the venue, one per second from the clock's now.</summary>
    public static async Task<IReadOnlyList<string>> CheckInVisitorsAsync(this TestSilo silo, VenueInfo venue, int count, string who)
    {
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var email = CheckInSilos.NewEmail($"{who}{i}");
            await silo.CheckInAsync(venue.Code, email);
            emails.Add(email);
            silo.Time.Advance(TimeSpan.FromSeconds(1));
        }

        return emails;
    }

    public static Task<ExposureProgress> ProgressAsync(this TestSilo silo, string exposureId)
        => silo.GrainFactory.GetGrain<IExposureGrain>(exposureId).GetProgress();

    /// <summary>Moves the clock on until the exposure's outboxes report <paramref name="sent"/> sent mails.</summary>
    public static Task SendsAsync(this TestSilo silo, string exposureId, int sent, TimeSpan? step = null)
        => silo.Time.AdvanceUntilAsync(
            step ?? TimeSpan.FromSeconds(1),
            async () => (await silo.ProgressAsync(exposureId)).Sent >= sent,
            $"{sent} warnings of exposure {exposureId} are sent",
            TimeSpan.FromSeconds(120));

    /// <summary>Every message the server holds for any of <paramref name="emails"/>, by recipient.</summary>
    public static Dictionary<string, List<MaildirMessage>> MailFor(this SmtpTestServer server, IEnumerable<string> emails)
    {
        var wanted = emails.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var result = wanted.ToDictionary(static e => e, static _ => new List<MaildirMessage>(), StringComparer.OrdinalIgnoreCase);
        foreach (var message in server.Messages())
        {
            foreach (var recipient in message.EnvelopeRecipients.Where(wanted.Contains))
            {
                result[recipient].Add(message);
            }
        }

        return result;
    }

    /// <summary>Asserts one warning per address in <paramref name="warned"/> and none to <paramref name="notWarned"/>.</summary>
    public static void AssertExactlyOneWarningEach(this SmtpTestServer server, IEnumerable<string> warned, IEnumerable<string> notWarned)
    {
        var mail = server.MailFor(warned.Concat(notWarned));
        foreach (var email in warned)
        {
            var message = Assert.Single(mail[email]);
            Assert.Equal([email], message.EnvelopeRecipients, StringComparer.OrdinalIgnoreCase);
            Assert.Equal([email], message.HeaderRecipients, StringComparer.OrdinalIgnoreCase);
        }

        foreach (var email in notWarned)
        {
            Assert.Empty(mail[email]);
        }
    }
}
