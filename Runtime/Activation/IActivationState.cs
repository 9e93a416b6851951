namespace CheckIn.Runtime.Activation;

/// <summary>A piece of grain state that must be loaded before the activation's first message.</summary>
internal interface IActivationState
{
    Task LoadAsync();
}
