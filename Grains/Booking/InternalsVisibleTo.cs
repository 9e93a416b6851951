using System.Runtime.CompilerServices;

// The booking tests drive the seat ledger directly in property tests (CONVENTIONS.md: Tests and Benchmarks only).
[assembly: InternalsVisibleTo("CheckIn.Tests")]
[assembly: InternalsVisibleTo("CheckIn.Benchmarks")]
