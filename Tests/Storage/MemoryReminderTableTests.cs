using CheckIn.Runtime.Reminders;

namespace CheckIn.Tests.Storage;

public sealed class MemoryReminderTableTests : ReminderTableContractTests
{
    protected override ValueTask<IReminderTable> CreateTableAsync() => ValueTask.FromResult<IReminderTable>(new MemoryReminderTable());
}
