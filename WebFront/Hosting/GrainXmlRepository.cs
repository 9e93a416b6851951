using System.Xml.Linq;
using CheckIn.Grains.Interfaces.Tenants;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CheckIn.WebFront.Hosting;

/// <summary>Keeps the data-protection key ring in <see cref="IKeyRingGrain"/>, so that anti-forgery tokens issued by
/// one web front are accepted by every other web front of the cluster and after a restart. The framework's
/// repository interface is synchronous; it is called when the key ring is first needed and then about once a day,
/// never per request, so waiting for the grain call there is harmless.</summary>
internal sealed class GrainXmlRepository(IGrainFactory grains, string applicationName) : IXmlRepository
{
    private IKeyRingGrain Ring => grains.GetGrain<IKeyRingGrain>(applicationName);

    public IReadOnlyCollection<XElement> GetAllElements()
        => [.. Ring.GetAll().GetAwaiter().GetResult().Select(XElement.Parse)];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        Ring.Store(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
    }
}
