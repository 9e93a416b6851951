using CheckIn.Runtime.Storage;

namespace CheckIn.Tests.Storage;

public sealed class MemoryGrainStorageTests : GrainStorageContractTests
{
    protected override ValueTask<IGrainStorage> CreateStorageAsync() => ValueTask.FromResult<IGrainStorage>(new MemoryGrainStorage("memory-test"));
}
