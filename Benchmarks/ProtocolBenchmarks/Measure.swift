import Foundation
import KafkaProtocol

/// Runs `body` repeatedly for about `seconds`, in rounds, and returns the median time per call.
/// Medians of rounds, not a single mean, because these machines are noisy.
func measure(seconds: Double = 0.6, rounds: Int = 5, _ body: () throws -> Void) rethrows -> Duration {
    let clock = ContinuousClock()
    // Warm up and size a round.
    var calls = 1
    while true {
        let elapsed = try clock.measure { for _ in 0..<calls { try body() } }
        if elapsed > .milliseconds(Int(seconds * 1000) / rounds) || calls > 1 << 24 { break }
        calls *= 2
    }
    var times: [Duration] = []
    for _ in 0..<rounds {
        let elapsed = try clock.measure { for _ in 0..<calls { try body() } }
        times.append(elapsed / calls)
    }
    return times.sorted()[rounds / 2]
}

/// `measure` for async work.
func measureAsync(seconds: Double = 0.6, rounds: Int = 5, _ body: () async throws -> Void) async rethrows -> Duration {
    let clock = ContinuousClock()
    var calls = 1
    while true {
        let start = clock.now
        for _ in 0..<calls { try await body() }
        if clock.now - start > .milliseconds(Int(seconds * 1000) / rounds) || calls > 1 << 24 { break }
        calls *= 2
    }
    var times: [Duration] = []
    for _ in 0..<rounds {
        let start = clock.now
        for _ in 0..<calls { try await body() }
        times.append((clock.now - start) / calls)
    }
    return times.sorted()[rounds / 2]
}

/// Prints one result line: `name value unit`, the format Benchmarks/run.sh reads.
func report(_ name: String, _ value: Double, _ unit: String) {
    print("\(name) \(String(format: "%.3f", value)) \(unit)")
}

/// Prevents the optimizer from dropping a computed value.
@inline(never)
func blackHole<T>(_ value: T) {}
