using System.Text.Json;
using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Networking;

/// <summary>A frame waiting in a connection's outbox; it is serialized by the connection's writer loop, so
/// the sender never waits for the socket.</summary>
internal readonly record struct OutgoingFrame(MessageKind Kind, long Id, GrainId GrainId, IInvokable? Request, int Hops, string? Text)
{
    public static OutgoingFrame Ping(long id) => new(MessageKind.Ping, id, default, null, 0, null);

    public static OutgoingFrame Pong(long id) => new(MessageKind.Pong, id, default, null, 0, null);

    public static OutgoingFrame Hello(string identity) => new(MessageKind.Hello, 0, default, null, 0, identity);

    public static OutgoingFrame Call(long callId, GrainId grainId, IInvokable request, int hops) => new(MessageKind.Request, callId, grainId, request, hops, null);

    public static OutgoingFrame Answer(long callId, IInvokable request) => new(MessageKind.Response, callId, default, request, 0, null);

    /// <summary>Writes the frame; a result or argument that cannot be serialized becomes an error answer
    /// (for a response) or fails the call (for a request, which then is not sent).</summary>
    public bool WriteTo(FrameBuffer buffer, Utf8JsonWriter json)
    {
        buffer.Begin(Kind);
        switch (Kind)
        {
            case MessageKind.Hello:
                buffer.WriteString(Text!);
                break;
            case MessageKind.Ping:
            case MessageKind.Pong:
                buffer.WriteInt64(Id);
                break;
            case MessageKind.Request:
                buffer.WriteInt64(Id);
                buffer.WriteByte((byte)((Request!.Flags & InvokeFlags.OneWay) != 0 ? 1 : 0));
                buffer.WriteByte((byte)Math.Min(Hops, byte.MaxValue));
                buffer.WriteString(GrainId.Type);
                buffer.WriteString(GrainId.Key);
                buffer.WriteString(Request.WireName!);
                WriteCallChain(buffer, Request);
                try
                {
                    json.Reset(buffer);
                    Request.WriteArguments(json, WireJson.Options);
                    json.Flush();
                }
                catch (Exception exception) when (exception is NotSupportedException or JsonException or InvalidOperationException)
                {
                    Request.Fail(exception);
                    return false;
                }

                break;
            case MessageKind.Response:
                WriteResponse(buffer, json);
                break;
        }

        buffer.End();
        return true;
    }

    /// <summary>The grains the request was sent from, directly or through other grains (also those of earlier
    /// processes), so that the receiving silo lets a call back into the chain run instead of deadlocking.</summary>
    private static void WriteCallChain(FrameBuffer buffer, IInvokable request)
    {
        var chain = new List<GrainId>();
        var depth = 0;
        for (var caller = request.Caller; caller is not null && depth < 128; caller = caller.Caller, depth++)
        {
            if (caller.Target is { } target)
            {
                chain.Add(target.GrainId);
            }

            if (caller.RemoteChain is { } remote)
            {
                chain.AddRange(remote);
            }
        }

        if (request.RemoteChain is { } forwarded)
        {
            chain.AddRange(forwarded);
        }

        buffer.WriteByte((byte)Math.Min(chain.Count, byte.MaxValue));
        foreach (var grain in chain.Take(byte.MaxValue))
        {
            buffer.WriteString(grain.Type);
            buffer.WriteString(grain.Key);
        }
    }

    private void WriteResponse(FrameBuffer buffer, Utf8JsonWriter json)
    {
        buffer.WriteInt64(Id);
        var task = Request!.AnswerTask;
        if (task.IsCompletedSuccessfully)
        {
            buffer.WriteByte(0);
            try
            {
                json.Reset(buffer);
                Request.WriteResult(json, WireJson.Options);
                json.Flush();
                return;
            }
            catch (Exception exception) when (exception is NotSupportedException or JsonException or InvalidOperationException)
            {
                // Rewind to the status byte and answer with the serialization failure instead.
                buffer.Begin(Kind);
                buffer.WriteInt64(Id);
                WriteError(buffer, json, exception);
                return;
            }
        }

        var failure = task.Exception?.InnerException ?? new OperationCanceledException("The call was cancelled.");
        WriteError(buffer, json, failure);
    }

    private static void WriteError(FrameBuffer buffer, Utf8JsonWriter json, Exception exception)
    {
        buffer.WriteByte(1);
        json.Reset(buffer);
        RemoteExceptionCodec.Write(json, exception, WireJson.Options);
        json.Flush();
    }
}
