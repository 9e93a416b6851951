using System.Text;
using CheckIn.Runtime;

namespace CheckIn.Tests.Infrastructure;

/// <summary>Fresh grain ids and payloads, so tests never touch each other's rows.</summary>
public static class TestGrains
{
    public static GrainId NewId(string type = "TestGrain") => new(type, Guid.NewGuid().ToString("N"));

    public static byte[] Payload(string text) => Encoding.UTF8.GetBytes(text);
}
