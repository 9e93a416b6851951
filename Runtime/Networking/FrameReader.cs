using System.Buffers.Binary;
using System.Text;

namespace CheckIn.Runtime.Networking;

/// <summary>Reads the fields of one frame (after its length prefix) in order.</summary>
internal ref struct FrameReader(ReadOnlySpan<byte> frame)
{
    private readonly ReadOnlySpan<byte> _frame = frame;
    private int _position;

    public readonly ReadOnlySpan<byte> Rest => _frame[_position..];

    public byte ReadByte() => _frame[_position++];

    public long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64LittleEndian(_frame[_position..]);
        _position += 8;
        return value;
    }

    public string ReadString()
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(_frame[_position..]);
        var value = Encoding.UTF8.GetString(_frame.Slice(_position + 4, length));
        _position += 4 + length;
        return value;
    }
}
