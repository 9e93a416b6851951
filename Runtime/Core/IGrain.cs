namespace CheckIn.Runtime;

/// <summary>Marker for every grain interface. A grain interface's methods return <see cref="Task"/>,
/// <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or <see cref="ValueTask{TResult}"/>; the source
/// generator emits a proxy and an invoker for it and rejects anything else at build time.</summary>
public interface IGrain;
