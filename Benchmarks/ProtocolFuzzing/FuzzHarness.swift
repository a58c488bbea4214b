import KafkaProtocol
import NIOCore

/// Feeds truncated, mutated and random bytes to the frame decoder and every request decoder.
///
/// A run passes when nothing traps; allocation is bounded because every decoder checks
/// lengths and counts against the bytes present (the fuzz script reports peak RSS).
/// Shared by the short run in `swift test` and the long run in `Infra/fuzz/run.sh`.
public struct FuzzHarness {
    public struct Report: CustomStringConvertible {
        public var inputs = 0
        public var framesDecoded = 0
        public var bodiesDecoded = 0
        public var batchesDecoded = 0
        public var errors = 0

        public var description: String {
            "\(inputs) inputs: \(framesDecoded) frames, \(bodiesDecoded) bodies and \(batchesDecoded) record batches decoded, \(errors) typed errors, 0 crashes"
        }
    }

    /// Valid frames to mutate: every request type at every version (default values), plus
    /// any extra seeds such as the golden fixtures.
    public private(set) var seeds: [[UInt8]] = []
    private var random: SplitMix64
    public private(set) var report = Report()

    public init(seed: UInt64, extraSeeds: [[UInt8]] = []) {
        random = SplitMix64(seed: seed)
        for (_, type) in KafkaApiRegistry.requestTypes.sorted(by: { $0.key < $1.key }) {
            for version in type.validVersions {
                if let frame = Self.frame(of: type, version: version) { seeds.append(frame) }
            }
        }
        seeds += extraSeeds
    }

    private static func frame<R: KafkaRequest>(of type: R.Type, version: Int16) -> [UInt8]? {
        var buffer = ByteBuffer()
        guard (try? buffer.writeKafkaRequest(R(), version: version, correlationId: 1, clientId: "fuzz")) != nil else { return nil }
        return Array(buffer.readableBytesView)
    }

    /// Runs `count` inputs.
    public mutating func run(count: Int) {
        for _ in 0..<count { feed(nextInput()) }
    }

    /// One input: a mutated seed, or (1 in 16) pure random bytes.
    public mutating func nextInput() -> [UInt8] {
        if random.next() % 16 == 0 {
            return (0..<Int(random.next() % 256)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        }
        var bytes = seeds[Int(random.next() % UInt64(seeds.count))]
        for _ in 0...Int(random.next() % 4) { mutate(&bytes) }
        return bytes
    }

    /// `bytes` after one to four random mutations (truncation, bit flips, insertions, ...).
    public mutating func mutated(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        for _ in 0...Int(random.next() % 4) { mutate(&bytes) }
        return bytes
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        let position = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 6 {
        case 0: bytes.removeLast(Int(random.next() % UInt64(bytes.count)))  // truncate
        case 1: bytes[position] ^= UInt8(1 << (random.next() % 8))  // flip a bit
        case 2: bytes[position] = [0x00, 0x7F, 0x80, 0xFF, 0x01, 0xFE][Int(random.next() % 6)]  // interesting byte
        case 3: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        case 4: bytes.remove(at: position)
        default:
            // A large length or count: 4 bytes of 0x7F/0xFF where a length may sit.
            for offset in 0..<4 where position + offset < bytes.count { bytes[position + offset] = offset == 0 ? 0x7F : 0xFF }
        }
        // Keep the frame size right half the time, so mutations reach the body decoders.
        if bytes.count >= 4 && random.next() % 2 == 0 {
            let size = UInt32(bytes.count - 4)
            bytes.replaceSubrange(0..<4, with: [UInt8(size >> 24), UInt8((size >> 16) & 0xFF), UInt8((size >> 8) & 0xFF), UInt8(size & 0xFF)])
        }
    }

    /// Decodes `input` as a stream of frames, as an agent would.
    public mutating func feed(_ input: [UInt8]) {
        report.inputs += 1
        var stream = ByteBuffer(bytes: input)
        var decoder = KafkaFrameDecoder(maxFrameSize: 1 << 20)
        while true {
            let frame: ByteBuffer?
            do {
                frame = try decoder.decode(buffer: &stream)
            } catch {
                report.errors += 1
                return
            }
            guard let frame else { return }
            report.framesDecoded += 1
            decodeRequest(frame)
        }
    }

    private mutating func decodeRequest(_ frame: ByteBuffer) {
        do {
            let request = try KafkaRequestFrame(frame: frame)
            guard let type = KafkaApiRegistry.requestTypes[request.apiKey], type.validVersions.contains(request.apiVersion) else { return }
            try decodeBody(type, request)
        } catch {
            report.errors += 1
        }
    }

    private mutating func decodeBody<R: KafkaRequest>(_ type: R.Type, _ request: KafkaRequestFrame) throws(KafkaDecodingError) {
        let body = try request.decodeBody(as: R.self)
        report.bodiesDecoded += 1
        guard let produce = body as? ProduceRequest else { return }
        for topic in produce.topicData {
            for partition in topic.partitionData {
                guard let records = partition.records else { continue }
                var walk = RecordBatchHeaders(records)
                while let (index, header) = walk.next() {
                    var slice = records.getSlice(at: index, length: header.totalSize)!
                    do {
                        _ = try RecordBatch(from: &slice, maxUncompressedBytes: 1 << 20)
                        report.batchesDecoded += 1
                    } catch {
                        report.errors += 1
                    }
                }
            }
        }
    }
}

/// A small, seedable generator so a failing input can be replayed from its seed.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
