using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>Sends through <see cref="SmtpClient"/> to the configured server. An SmtpClient sends one message at a
/// time, so the transport keeps a pool of <see cref="SmtpOptions.MaxConnections"/> clients; a client whose send
/// failed is replaced, so a broken connection is never reused.</summary>
public sealed class SmtpMailTransport : IMailTransport, IDisposable
{
    private readonly SmtpOptions _options;
    private readonly Channel<SmtpClient> _idle;
    private readonly Lock _lock = new();
    private readonly List<SmtpClient> _all = [];
    private int _created;
    private bool _disposed;

    /// <summary>Uses the SMTP options.</summary>
    public SmtpMailTransport(IOptions<SmtpOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _idle = Channel.CreateBounded<SmtpClient>(_options.MaxConnections);
    }

    /// <inheritdoc />
    public async Task SendAsync(OutboundMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var client = await RentAsync(cancellationToken).ConfigureAwait(false);
        var healthy = false;
        try
        {
            using var message = Build(mail);
            await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
            healthy = true;
        }
        finally
        {
            Return(client, healthy);
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

    private async ValueTask<SmtpClient> RentAsync(CancellationToken cancellationToken)
    {
        if (_idle.Reader.TryRead(out var idle))
        {
            return idle;
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

        return await _idle.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Return(SmtpClient client, bool healthy)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (!healthy)
            {
                _all.Remove(client);
                client.Dispose();
                client = Create();
            }
        }

        _idle.Writer.TryWrite(client);
    }

    /// <summary>Called under the lock.</summary>
    private SmtpClient Create()
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
        return client;
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
}
