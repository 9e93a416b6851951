using System.Reflection;
using CheckIn.Runtime.Hosting;
using CheckIn.Runtime.Invocation;
using CheckIn.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Activation;

/// <summary>Maps grain interfaces and grain type names to grain classes. Built once, by reflection, when
/// the silo starts; a grain class that cannot work (unknown storage, no usable constructor, two classes
/// with the same type name) stops the start with a message that names it.</summary>
internal sealed class GrainClassRegistry
{
    private readonly Dictionary<Type, GrainClassInfo> _byInterface = [];
    private readonly Dictionary<Type, List<string>> _ambiguous = [];
    private readonly Dictionary<string, GrainClassInfo> _byGrainType = new(StringComparer.Ordinal);

    public GrainClassRegistry(GrainAssemblyList assemblies, IOptions<SiloOptions> options, IServiceProvider services)
    {
        var keyed = assemblies.ForClient ? null : services.GetService<IServiceProviderIsKeyedService>();
        foreach (var type in assemblies.Assemblies.Distinct().SelectMany(static a => a.GetTypes()))
        {
            if (!type.IsClass || type.IsAbstract || type.IsGenericTypeDefinition || !IsGrainClass(type))
            {
                continue;
            }

            var info = Describe(type, options.Value, keyed);
            if (!_byGrainType.TryAdd(info.GrainType, info))
            {
                throw new InvalidOperationException(
                    $"Grain classes {_byGrainType[info.GrainType].ClassType.FullName} and {type.FullName} share the grain type name '{info.GrainType}'. Give one a [GrainType(\"...\")].");
            }

            foreach (var grainInterface in type.GetInterfaces().Where(IsGrainInterface))
            {
                if (_byInterface.TryGetValue(grainInterface, out var other))
                {
                    _ambiguous.TryAdd(grainInterface, [other.ClassType.FullName!]);
                    _ambiguous[grainInterface].Add(type.FullName!);
                }
                else
                {
                    _byInterface[grainInterface] = info;
                }
            }
        }

        // Requests arriving from other processes are rebuilt by readers that the generated module initializers
        // register: run them now for every grain interface's assembly, not on the first local call.
        foreach (var module in _byInterface.Keys.Concat(_ambiguous.Keys).Select(static i => i.Module).Distinct())
        {
            System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(module.ModuleHandle);
        }
    }

    public IEnumerable<GrainClassInfo> Classes => _byGrainType.Values;

    public GrainClassInfo GetByInterface(Type grainInterface)
    {
        if (_ambiguous.TryGetValue(grainInterface, out var classes))
        {
            throw new InvalidOperationException($"Grain interface {grainInterface.FullName} is implemented by several grain classes ({string.Join(", ", classes)}); address them through distinct interfaces.");
        }

        return _byInterface.TryGetValue(grainInterface, out var info)
            ? info
            : throw new InvalidOperationException($"No grain class implements {grainInterface.FullName}. Add its assembly with AddGrains(...) on the silo builder.");
    }

    public GrainClassInfo GetByGrainType(string grainType)
        => _byGrainType.TryGetValue(grainType, out var info)
            ? info
            : throw new InvalidOperationException($"Unknown grain type '{grainType}'.");

    private static bool IsGrainClass(Type type)
        => !typeof(GrainReference).IsAssignableFrom(type) && type.GetInterfaces().Any(IsGrainInterface);

    private static bool IsGrainInterface(Type type)
        => type.IsInterface
           && typeof(IGrain).IsAssignableFrom(type)
           && type != typeof(IGrain)
           && type != typeof(IGrainWithStringKey)
           && type != typeof(IGrainWithGuidKey)
           && type != typeof(IGrainWithIntegerKey)
           && type != typeof(IRemindable);

    private static GrainClassInfo Describe(Type type, SiloOptions options, IServiceProviderIsKeyedService? keyed)
    {
        var grainType = type.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? type.Name;
        var age = type.GetCustomAttribute<CollectionAgeLimitAttribute>()?.Age ?? options.IdleTimeout;
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        if (constructors.Length != 1)
        {
            throw new InvalidOperationException($"Grain class {type.FullName} must have exactly one public constructor; it has {constructors.Length}.");
        }

        var constructor = constructors[0];
        var arguments = constructor.GetParameters().Select(p => DescribeArgument(type, p, keyed)).ToArray();
        return new GrainClassInfo(type, grainType, age, constructor, arguments);
    }

    private static Func<ActivationData, object?> DescribeArgument(Type grainClass, ParameterInfo parameter, IServiceProviderIsKeyedService? keyed)
    {
        var stateAttribute = parameter.GetCustomAttribute<PersistentStateAttribute>();
        if (stateAttribute is null)
        {
            var serviceType = parameter.ParameterType;
            return activation => activation.Services.ServiceProvider.GetRequiredService(serviceType);
        }

        var parameterType = parameter.ParameterType;
        if (!parameterType.IsGenericType || parameterType.GetGenericTypeDefinition() != typeof(IPersistentState<>))
        {
            throw new InvalidOperationException($"Grain class {grainClass.FullName}: [PersistentState] parameter '{parameter.Name}' must be of type IPersistentState<T>.");
        }

        if (keyed is not null && !keyed.IsKeyedService(typeof(IGrainStorage), stateAttribute.StorageName))
        {
            throw new InvalidOperationException(
                $"Grain class {grainClass.FullName}: state '{stateAttribute.StateName}' uses storage '{stateAttribute.StorageName}', which is not registered. Register it (e.g. AddSqliteGrainStorage(\"{stateAttribute.StorageName}\", ...)) or name a registered one.");
        }

        var factory = PersistentStateFactory.For(parameterType.GetGenericArguments()[0]);
        var stateName = stateAttribute.StateName;
        var storageName = stateAttribute.StorageName;
        return activation => factory(activation, stateName, activation.Services.ServiceProvider.GetRequiredKeyedService<IGrainStorage>(storageName));
    }
}
