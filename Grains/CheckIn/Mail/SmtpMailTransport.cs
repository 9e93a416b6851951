using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>Sends through <see cref="SmtpClient"/> to the configured server. An SmtpClient sends one message at a
/// time and keeps its connection open for the next, so the transport keeps a pool of
/// <see cref="SmtpOptions.MaxConnections"/> clients. A client whose send failed is replaced, so a broken connection is
/// never reused; and when a send finds the server unreachable (<see cref="SmtpFailures"/>), every connection opened
/// before that failure is retired too, as the server they lead to may be gone: otherwise, after a restart of the
/// server, each idle client would fail once on its dead connection before delivery resumed. A client idle for longer
/// than <see cref="SmtpOptions.IdleConnectionLifetime"/> is replaced as well, before the server's idle timeout closes
/// its connection under it.</summary>
public sealed class SmtpMailTransport : IMailTransport, IDisposable
{
    private readonly SmtpOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Channel<PooledClient> _idle;
    private readonly Lock _lock = new();
    private readonly List<SmtpClient> _all = [];
    private int _created;

    // Raised by each send that finds the server unreachable; a client opened under an earlier value is replaced.
    private int _generation;
    private bool _disposed;

    /// <summary>Uses the SMTP options; <paramref name="timeProvider"/> measures how long a connection was idle.</summary>
    public SmtpMailTransport(IOptions<SmtpOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        _timeProvider = timeProvider;
        _idle = Channel.CreateBounded<PooledClient>(_options.MaxConnections);
    }

    /// <inheritdoc />
    public async Task SendAsync(OutboundMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var pooled = await RentAsync(cancellationToken).ConfigureAwait(false);
        var healthy = false;
        try
        {
            using var message = Build(mail);
            await pooled.Client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
            healthy = true;
        }
        catch (Exception exception) when (SmtpFailures.Classify(exception) == MailSendOutcome.Unavailable)
        {
            Interlocked.Increment(ref _generation);
            throw;
        }
        finally
        {
            Return(pooled, healthy);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var client in _all)
            {
                client.Dispose();
            }

            _all.Clear();
        }
    }

    private async ValueTask<PooledClient> RentAsync(CancellationToken cancellationToken)
    {
        if (_idle.Reader.TryRead(out var idle))
        {
            return Current(idle);
        }

        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_created < _options.MaxConnections)
            {
                _created++;
                return Create();
            }
        }

        return Current(await _idle.Reader.ReadAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary><paramref name="idle"/>, or a new client in its place when its connection predates the last time the
    /// server was found unreachable or has been idle for longer than the idle lifetime.</summary>
    private PooledClient Current(PooledClient idle)
    {
        if (idle.Generation == Volatile.Read(ref _generation)
            && _timeProvider.GetElapsedTime(idle.IdleSince) <= _options.IdleConnectionLifetime)
        {
            return idle;
        }

        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Replace(idle.Client);
        }
    }

    private void Return(PooledClient pooled, bool healthy)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (!healthy)
            {
                pooled = Replace(pooled.Client);
            }
        }

        pooled.IdleSince = _timeProvider.GetTimestamp();
        _idle.Writer.TryWrite(pooled);
    }

    /// <summary>Called under the lock.</summary>
    private PooledClient Replace(SmtpClient client)
    {
        _all.Remove(client);
        client.Dispose();
        return Create();
    }

    /// <summary>Called under the lock.</summary>
    private PooledClient Create()
    {
        var client = new SmtpClient(_options.Host, _options.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = _options.EnableSsl,
            Timeout = (int)_options.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            client.Credentials = new NetworkCredential(_options.UserName, _options.Password);
        }

        _all.Add(client);
        return new PooledClient(client, Volatile.Read(ref _generation), _timeProvider.GetTimestamp());
    }

    private MailMessage Build(OutboundMail mail)
    {
        var message = new MailMessage
        {
            From = new MailAddress(_options.FromAddress, _options.FromDisplayName, Encoding.UTF8),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = mail.Body,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
            HeadersEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(mail.To));
        message.Headers.Add("Message-ID", mail.MessageId);
        foreach (var (name, value) in mail.Headers)
        {
            message.Headers.Add(name, value);
        }

        return message;
    }

    /// <summary>A client of the pool, the generation its connection belongs to, and since when it is idle.</summary>
    private sealed class PooledClient(SmtpClient client, int generation, long idleSince)
    {
        public SmtpClient Client { get; } = client;

        public int Generation { get; } = generation;

        public long IdleSince { get; set; } = idleSince;
    }
}
