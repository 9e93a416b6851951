namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>What staff give when registering a venue.</summary>
/// <param name="Name">The venue's name as printed on the poster (1 to 200 characters).</param>
/// <param name="Category">What kind of venue it is, e.g. "restaurant" (at most 100 characters).</param>
/// <param name="Address">The postal address (at most 300 characters).</param>
/// <param name="Owner">The staff user name that owns the venue (venue operators see only their own venues).</param>
[GenerateSerializer, Immutable, Alias("checkin.VenueRegistration")]
public sealed record VenueRegistration(string Name, string Category, string Address, string Owner);
