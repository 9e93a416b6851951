namespace CheckIn.Runtime.Generators.Model;

/// <summary>One line of the module initializer: an interface and the proxy that serves it.</summary>
internal sealed record ProxyRegistrationModel(string FullName, string InterfaceType, string ProxyType);
