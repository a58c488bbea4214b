import Testing

@testable import Agent

/// The per-connection window of unanswered requests, without sockets.
@Suite struct InFlightWindowTests {
    @Test func admitsUpToTheRequestAndByteLimits() {
        var window = InFlightWindow(maxRequests: 3, maxBytes: 100)
        for _ in 0..<3 {
            #expect(window.admits(10))
            window.admit(10)
        }
        #expect(!window.admits(1))  // three in flight
        window.complete(10)
        #expect(window.admits(10) && !window.admits(81))  // 20 bytes in flight, 100 allowed
        window.complete(10)
        window.complete(10)
        #expect(window.isIdle && window.bytes == 0)
    }

    @Test func aRequestLargerThanTheByteLimitWaitsForAnEmptyWindowNotForever() {
        var window = InFlightWindow(maxRequests: 10, maxBytes: 100)
        window.admit(50)
        #expect(!window.admits(500))
        window.complete(50)
        #expect(window.admits(500))
        window.admit(500)
        #expect(!window.admits(1) && !window.isIdle)
    }

    @Test func nonsenseLimitsStillLetOneRequestThrough() {
        let window = InFlightWindow(maxRequests: 0, maxBytes: -5)
        #expect(window.maxRequests == 1 && window.admits(1_000))
    }
}
