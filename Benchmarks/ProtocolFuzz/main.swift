import Foundation
import ProtocolFuzzing

// Long robustness run: `ProtocolFuzz [inputs] [seed] [fixture-dir]`. Prints a report line
// with peak RSS; a trap would kill the process and fail the calling script.
let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1]) ?? 1_000_000 : 1_000_000
let seed = arguments.count > 2 ? UInt64(arguments[2]) ?? 1 : 1
var extra: [[UInt8]] = []
if arguments.count > 3, let enumerator = FileManager.default.enumerator(atPath: arguments[3]) {
    while let path = enumerator.nextObject() as? String {
        if path.hasSuffix(".bin"), let data = FileManager.default.contents(atPath: arguments[3] + "/" + path) { extra.append(Array(data)) }
    }
}
var harness = FuzzHarness(seed: seed, extraSeeds: extra)
let start = Date()
let step = max(count / 10, 1)
var done = 0
while done < count {
    let batch = min(step, count - done)
    harness.run(count: batch)
    done += batch
    FileHandle.standardError.write(Data("  \(done)/\(count) inputs\n".utf8))
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let seconds = Date().timeIntervalSince(start)
print("fuzz: seed \(seed), \(harness.seeds.count) seeds, \(harness.report), \(String(format: "%.1f", seconds)) s, peak RSS \(usage.ru_maxrss / 1024) MiB")
