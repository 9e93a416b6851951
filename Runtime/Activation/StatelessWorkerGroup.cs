namespace CheckIn.Runtime.Activation;

/// <summary>The local activations of one stateless worker key: a message goes to an idle worker, else to
/// a new one while there are fewer than the class allows, else to the one with the shortest queue.</summary>
internal sealed class StatelessWorkerGroup(GrainId grainId, GrainClassInfo classInfo, Catalog catalog)
{
    private readonly Lock _lock = new();
    private readonly List<ActivationData> _workers = [];

    public ActivationData Pick()
    {
        lock (_lock)
        {
            ActivationData? best = null;
            var bestLength = int.MaxValue;
            foreach (var worker in _workers)
            {
                var length = worker.QueueLength;
                if (length == 0)
                {
                    return worker;
                }

                if (length < bestLength)
                {
                    best = worker;
                    bestLength = length;
                }
            }

            if (best is null || _workers.Count < classInfo.StatelessWorkerMax)
            {
                best = catalog.CreateWorker(grainId, classInfo);
                _workers.Add(best);
            }

            return best;
        }
    }

    public bool Remove(ActivationData worker)
    {
        lock (_lock)
        {
            return _workers.Remove(worker);
        }
    }

    public void CopyTo(List<ActivationData> target)
    {
        lock (_lock)
        {
            target.AddRange(_workers);
        }
    }
}
