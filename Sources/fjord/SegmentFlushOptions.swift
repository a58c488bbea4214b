import Agent
import ArgumentParser

/// How agents write segments: the pipelining and hedging of PUTs (`ProduceBufferStateMachine`).
struct SegmentFlushOptions: ParsableArguments {
    @Option(help: "Segments an agent may have PUT but not yet committed at once (commits stay in order).")
    var maxSegmentsInFlight = 4

    @Option(help: "Bytes in those segments, at most.")
    var maxSegmentBytesInFlight = 64 << 20

    @Option(
        help:
            "Start a second PUT of a segment whose first has taken this long, or three times the median recent PUT if that is less, but never before twice the median, and for at most 2 of the last 20 segments; 0: never."
    )
    var hedgePutAfter = Milliseconds(argument: "500ms")!

    func validate() throws {
        guard maxSegmentsInFlight >= 1 else { throw ValidationError("--max-segments-in-flight must be at least 1") }
        guard maxSegmentBytesInFlight >= 1 << 20 else { throw ValidationError("--max-segment-bytes-in-flight must be at least 1 MiB") }
        guard hedgePutAfter.value >= 0 else { throw ValidationError("--hedge-put-after must not be negative") }
    }

    func apply(to produce: inout ProduceBufferStateMachine.Configuration) {
        produce.maxInFlight = maxSegmentsInFlight
        produce.maxInFlightBytes = maxSegmentBytesInFlight
        produce.hedgeAfterMs = hedgePutAfter.value == 0 ? nil : hedgePutAfter.value
    }
}
