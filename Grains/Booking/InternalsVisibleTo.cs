using System.Runtime.CompilerServices;

// The booking tests drive the seat ledger directly in property tests (CONVENTIONS.md: Tests and Benchmarks only; no booking benchmark needs them yet).
[assembly: InternalsVisibleTo("CheckIn.Tests")]
