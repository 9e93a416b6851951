using System.Reflection;

namespace CheckIn.Runtime.Activation;

/// <summary>Everything the runtime needs to know about a grain class, read once at silo start. Creating
/// an instance goes through a prepared list of constructor argument resolvers.</summary>
internal sealed class GrainClassInfo
{
    private readonly ConstructorInfo _constructor;
    private readonly Func<ActivationData, object?>[] _arguments;

    public GrainClassInfo(Type classType, string grainType, TimeSpan collectionAge, ConstructorInfo constructor, Func<ActivationData, object?>[] arguments)
    {
        ClassType = classType;
        GrainType = grainType;
        CollectionAge = collectionAge;
        IsReentrant = classType.GetCustomAttribute<ReentrantAttribute>() is not null;
        StatelessWorkerMax = classType.GetCustomAttribute<StatelessWorkerAttribute>()?.MaxLocalWorkers ?? 0;
        _constructor = constructor;
        _arguments = arguments;
    }

    public Type ClassType { get; }

    /// <summary>The name in grain ids and storage keys.</summary>
    public string GrainType { get; }

    public bool IsReentrant { get; }

    /// <summary>0 for an ordinary grain; otherwise the most local activations per key.</summary>
    public int StatelessWorkerMax { get; }

    /// <summary>Idle time before the collector deactivates an activation.</summary>
    public TimeSpan CollectionAge { get; }

    public object CreateInstance(ActivationData activation)
    {
        var arguments = new object?[_arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _arguments[i](activation);
        }

        var previous = Grain.Constructing;
        Grain.Constructing = activation;
        try
        {
            return _constructor.Invoke(arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
        finally
        {
            Grain.Constructing = previous;
        }
    }
}
