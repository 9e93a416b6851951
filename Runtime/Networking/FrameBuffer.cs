using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace CheckIn.Runtime.Networking;

/// <summary>A growable buffer that one frame is written into before it is copied to the connection: the
/// length prefix is patched in once the frame is complete. One per connection writer, reused for every frame.</summary>
internal sealed class FrameBuffer : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[4096];
    private int _position;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _position);

    public void Advance(int count) => _position += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_position);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_position);
    }

    /// <summary>Starts a frame: room for the length, then the kind.</summary>
    public void Begin(MessageKind kind)
    {
        _position = 4;
        WriteByte((byte)kind);
    }

    /// <summary>Writes the frame's length into its first four bytes.</summary>
    public void End() => BinaryPrimitives.WriteInt32LittleEndian(_buffer, _position - 4);

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_position++] = value;
    }

    public void WriteInt64(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_position), value);
        _position += 8;
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Ensure(4 + length);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_position), length);
        Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_position + 4));
        _position += 4 + length;
    }

    private void Ensure(int sizeHint)
    {
        var needed = _position + Math.Max(sizeHint, 256);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }
}
