using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace CheckIn.Runtime.Networking;

/// <summary>Carries an exception to the caller in another process with its type, message and the data its own
/// type declares (a domain error's code, say), and rebuilds it there through the constructor whose parameter
/// names match. Reflection runs per exception type once and is cached: exceptions are not the hot path.
/// A type that cannot be rebuilt arrives as <see cref="RemoteGrainException"/> with the original name and message.</summary>
internal static class RemoteExceptionCodec
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_properties = new();
    private static readonly ConcurrentDictionary<string, Type?> s_types = new(StringComparer.Ordinal);

    public static void Write(Utf8JsonWriter writer, Exception exception, JsonSerializerOptions options)
    {
        var type = exception.GetType();
        writer.WriteStartObject();
        writer.WriteString("type", $"{type.FullName}, {type.Assembly.GetName().Name}");
        writer.WriteString("message", exception.Message);
        writer.WriteStartObject("data");
        foreach (var property in s_properties.GetOrAdd(type, static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                     .Where(static p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray()))
        {
            try
            {
                var value = property.GetValue(exception);
                var json = JsonSerializer.SerializeToUtf8Bytes(value, property.PropertyType, options);
                writer.WritePropertyName(property.Name);
                writer.WriteRawValue(json, skipInputValidation: true);
            }
            catch (Exception failure) when (failure is NotSupportedException or JsonException or InvalidOperationException or TargetInvocationException)
            {
                // A member that cannot travel is left out; the type and message still do.
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static Exception Read(ReadOnlySpan<byte> json, JsonSerializerOptions options)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        var typeName = root.GetProperty("type").GetString() ?? "unknown";
        var message = root.GetProperty("message").GetString() ?? string.Empty;
        var data = root.GetProperty("data");
        var type = s_types.GetOrAdd(typeName, static name => Type.GetType(name, throwOnError: false));
        if (type is not null && typeof(Exception).IsAssignableFrom(type))
        {
            foreach (var constructor in type.GetConstructors().OrderByDescending(static c => c.GetParameters().Length))
            {
                if (TryBuild(constructor, message, data, options) is { } rebuilt)
                {
                    return rebuilt;
                }
            }
        }

        return new RemoteGrainException(typeName.Split(',')[0], message);
    }

    private static Exception? TryBuild(ConstructorInfo constructor, string message, JsonElement data, JsonSerializerOptions options)
    {
        var parameters = constructor.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (string.Equals(parameter.Name, "message", StringComparison.OrdinalIgnoreCase) && parameter.ParameterType == typeof(string))
            {
                arguments[i] = message;
            }
            else if (Find(data, parameter.Name) is { } value)
            {
                try
                {
                    arguments[i] = value.Deserialize(parameter.ParameterType, options);
                }
                catch (JsonException)
                {
                    return null;
                }
            }
            else if (parameter.HasDefaultValue || !parameter.ParameterType.IsValueType)
            {
                arguments[i] = parameter.HasDefaultValue ? parameter.DefaultValue : null;
            }
            else
            {
                return null;
            }
        }

        try
        {
            return (Exception)constructor.Invoke(arguments);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    private static JsonElement? Find(JsonElement data, string? name)
    {
        foreach (var property in data.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
