import Foundation
import ProtocolFuzzing
import SaslFuzzing

// Long robustness runs. Prints a report line with peak RSS; a trap would kill the process
// and fail the calling script.
//   ProtocolFuzz [inputs] [seed] [fixture-dir]   the frame and request decoders
//   ProtocolFuzz sasl [conversations] [seed]     a SASL listener, through the agent's dispatch
let arguments = CommandLine.arguments
let start = Date()

func peakRSS() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss / 1024
}

if arguments.count > 1, arguments[1] == "sasl" {
    let count = arguments.count > 2 ? Int(arguments[2]) ?? 100_000 : 100_000
    let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1
    let harness = try await SaslFuzzHarness.make(seed: seed)
    let step = max(count / 10, 1)
    var done = 0
    while done < count {
        let batch = min(step, count - done)
        await harness.run(conversations: batch)
        done += batch
        FileHandle.standardError.write(Data("  \(done)/\(count) conversations\n".utf8))
    }
    print("sasl fuzz: seed \(seed), \(harness.report), \(String(format: "%.1f", Date().timeIntervalSince(start))) s, peak RSS \(peakRSS()) MiB")
} else {
    let count = arguments.count > 1 ? Int(arguments[1]) ?? 1_000_000 : 1_000_000
    let seed = arguments.count > 2 ? UInt64(arguments[2]) ?? 1 : 1
    var extra: [[UInt8]] = []
    if arguments.count > 3, let enumerator = FileManager.default.enumerator(atPath: arguments[3]) {
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".bin"), let data = FileManager.default.contents(atPath: arguments[3] + "/" + path) { extra.append(Array(data)) }
        }
    }
    var harness = FuzzHarness(seed: seed, extraSeeds: extra)
    let step = max(count / 10, 1)
    var done = 0
    while done < count {
        let batch = min(step, count - done)
        harness.run(count: batch)
        done += batch
        FileHandle.standardError.write(Data("  \(done)/\(count) inputs\n".utf8))
    }
    print(
        "fuzz: seed \(seed), \(harness.seeds.count) seeds, \(harness.report), \(String(format: "%.1f", Date().timeIntervalSince(start))) s, peak RSS \(peakRSS()) MiB"
    )
}
