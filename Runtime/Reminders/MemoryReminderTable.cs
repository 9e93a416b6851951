using System.Collections.Concurrent;

namespace CheckIn.Runtime.Reminders;

/// <summary>Reminders in process memory: lost on restart, for tests and development.</summary>
internal sealed class MemoryReminderTable : IReminderTable
{
    private readonly ConcurrentDictionary<(GrainId GrainId, string Name), ReminderEntry> _entries = new();

    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _entries.Values]);
    }

    public Task UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        _entries[(entry.GrainId, entry.Name)] = entry;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_entries.TryRemove((grainId, name), out _));
    }
}
