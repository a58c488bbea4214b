import KafkaProtocol
import Testing

@testable import Agent

/// The connection's decisions with time as plain instants: no sockets, no sleeping. Every
/// event is tried in every state.
@Suite struct ConnectionStateMachineTests {
    typealias Machine = ConnectionStateMachine
    static let start = ContinuousClock.now

    static func machine(maxRequests: Int = 2, maxBytes: Int = 1000) -> Machine {
        var limits = ConnectionLimits()
        limits.maxInFlightRequests = maxRequests
        limits.maxInFlightBytes = maxBytes
        limits.idleTimeout = .seconds(60)
        limits.saslHandshakeTimeout = .seconds(10)
        return Machine(configuration: .init(limits: limits, shutdownTimeout: .seconds(5)), now: start)
    }

    static func at(_ seconds: Double) -> ContinuousClock.Instant { start + .milliseconds(Int64(seconds * 1000)) }

    /// A machine in each state: open, draining (one request in flight), closed.
    static func inEveryState() -> [(String, Machine)] {
        let open = machine()
        var draining = machine()
        _ = draining.frameArrived(size: 10, now: at(1))
        _ = draining.shutdownRequested(now: at(2))
        var closed = machine()
        _ = closed.shutdownRequested(now: at(1))
        return [("open", open), ("draining", draining), ("closed", closed)]
    }

    @Test func everyStateIsReachable() {
        let states = Self.inEveryState().map(\.1.state)
        #expect(states == [.open, .draining(deadline: Self.at(7)), .closed])
    }

    @Test func aFrameIsDispatchedOnlyWhileOpen() {
        for (name, var machine) in Self.inEveryState() {
            let expected: Machine.FrameAction = name == "open" ? .dispatch : .stopReading
            #expect(machine.frameArrived(size: 10, now: Self.at(3)) == expected, "state \(name)")
        }
    }

    @Test func aFullWindowMakesTheReaderWaitForAnswers() {
        var machine = Self.machine(maxRequests: 2, maxBytes: 100)
        #expect(machine.frameArrived(size: 60, now: Self.at(0)) == .dispatch)
        #expect(machine.frameArrived(size: 60, now: Self.at(0)) == .waitForAnswers)  // over the bytes
        #expect(machine.frameArrived(size: 10, now: Self.at(0)) == .dispatch)
        #expect(machine.frameArrived(size: 1, now: Self.at(0)) == .waitForAnswers)  // over the count
        #expect(machine.answerWritten(size: 60, now: Self.at(1)) == .none)
        #expect(machine.frameArrived(size: 1, now: Self.at(1)) == .dispatch)
        // With nothing in flight even a frame larger than the byte limit is admitted.
        var empty = Self.machine(maxRequests: 2, maxBytes: 100)
        #expect(empty.frameArrived(size: 500, now: Self.at(0)) == .dispatch)
    }

    @Test func anAnswerClosesOnlyTheLastInFlightOfADrainingConnection() {
        for (name, var machine) in Self.inEveryState() {
            _ = machine.frameArrived(size: 10, now: Self.at(3))  // a second request where still open
            guard name != "closed" else {  // nothing is in flight to answer
                #expect(machine.state == .closed)
                continue
            }
            let first = machine.answerWritten(size: 10, now: Self.at(4))
            switch name {
            case "open":
                #expect(first == .none)
                #expect(machine.state == .open && machine.isIdle)
            case "draining":
                guard case .close = first else {
                    Issue.record("the last answer of a draining connection did not close it: \(first)")
                    continue
                }
                #expect(machine.state == .closed)
            default:
                Issue.record("unexpected state \(name)")
            }
        }
    }

    @Test func theTimerClosesIdleUnauthenticatedAndOverdueConnections() {
        for (name, machine) in Self.inEveryState() {
            var quiet = machine
            var late = machine
            switch name {
            case "open":
                #expect(quiet.timerFired(now: Self.at(59), saslRequired: false, authenticated: false) == .none)
                guard case .close = quiet.timerFired(now: Self.at(61), saslRequired: false, authenticated: false) else {
                    Issue.record("an idle connection was kept")
                    continue
                }
                #expect(quiet.state == .closed)
                guard case .close = late.timerFired(now: Self.at(11), saslRequired: true, authenticated: false) else {
                    Issue.record("an unauthenticated connection outlived the SASL deadline")
                    continue
                }
                var authenticated = machine
                #expect(authenticated.timerFired(now: Self.at(11), saslRequired: true, authenticated: true) == .none)
            case "draining":
                #expect(quiet.timerFired(now: Self.at(6), saslRequired: false, authenticated: false) == .none)
                guard case .close = late.timerFired(now: Self.at(7), saslRequired: false, authenticated: false) else {
                    Issue.record("a draining connection outlived its shutdown timeout")
                    continue
                }
                #expect(late.state == .closed)
            default:
                #expect(quiet.timerFired(now: Self.at(100), saslRequired: true, authenticated: false) == .none)
            }
        }
    }

    @Test func aConnectionWithRequestsInFlightIsNotIdle() {
        var machine = Self.machine()
        _ = machine.frameArrived(size: 10, now: Self.at(0))
        #expect(machine.timerFired(now: Self.at(120), saslRequired: false, authenticated: true) == .none)
        _ = machine.answerWritten(size: 10, now: Self.at(120))
        // The idle clock starts at the last answer.
        #expect(machine.timerFired(now: Self.at(150), saslRequired: false, authenticated: true) == .none)
        guard case .close = machine.timerFired(now: Self.at(181), saslRequired: false, authenticated: true) else {
            Issue.record("idle after its last answer, but kept")
            return
        }
    }

    @Test func shutdownClosesAnIdleConnectionAtOnceAndDrainsABusyOne() {
        for (name, var machine) in Self.inEveryState() {
            let action = machine.shutdownRequested(now: Self.at(3))
            switch name {
            case "open":
                guard case .close = action else {
                    Issue.record("an idle connection was not closed at shutdown")
                    continue
                }
                #expect(machine.state == .closed)
            case "draining":
                #expect(action == .none)
                #expect(machine.state == .draining(deadline: Self.at(7)))  // the first deadline stands
            default:
                #expect(action == .none)
            }
        }
        var busy = Self.machine()
        _ = busy.frameArrived(size: 10, now: Self.at(0))
        #expect(busy.shutdownRequested(now: Self.at(1)) == .none)
        #expect(busy.state == .draining(deadline: Self.at(6)))
    }

    @Test func aClosedPeerCancelsWhatIsRunningOnce() {
        for (name, var machine) in Self.inEveryState() {
            let expected: Machine.PeerClosedAction = name == "closed" ? .none : .cancelRunning
            #expect(machine.peerClosed() == expected, "state \(name)")
            #expect(machine.state == .closed)
            #expect(machine.peerClosed() == .none)
        }
    }

    @Test func theTimerPeriodServesTheShortestDeadline() {
        #expect(Self.machine().timerPeriod == .seconds(1))
        var limits = ConnectionLimits()
        limits.saslHandshakeTimeout = .seconds(2)
        #expect(Machine(configuration: .init(limits: limits), now: Self.start).timerPeriod == .milliseconds(500))
    }
}

/// Which requests a connection serves, from their header alone.
@Suite struct ConnectionRequestGateTests {
    typealias Machine = ConnectionStateMachine

    @Test func theSASLGateServesOnlyTheHandshakeAPIsBeforeAuthentication() {
        let gate = SaslStateMachine(required: true)
        for apiKey in [ApiVersionsRequest.apiKey, SaslHandshakeRequest.apiKey, SaslAuthenticateRequest.apiKey] {
            #expect(Machine.requestArrived(apiKey: apiKey, apiVersion: 0, clientId: "c", sasl: gate, versions: 0...4) == .dispatch)
        }
        guard case .close(let reason) = Machine.requestArrived(apiKey: MetadataRequest.apiKey, apiVersion: 1, clientId: "c", sasl: gate, versions: 0...12)
        else {
            Issue.record("Metadata served before SASL authentication")
            return
        }
        #expect(reason.contains("before SASL authentication") && reason.contains("client c"))
        let open = SaslStateMachine(required: false)
        #expect(Machine.requestArrived(apiKey: MetadataRequest.apiKey, apiVersion: 1, clientId: nil, sasl: open, versions: 0...12) == .dispatch)
    }

    @Test func unknownAPIsAndVersionsCloseButANewerApiVersionsIsAnsweredInV0() {
        let open = SaslStateMachine(required: false)
        guard case .close(let unknown) = Machine.requestArrived(apiKey: 999, apiVersion: 0, clientId: nil, sasl: open, versions: nil) else {
            Issue.record("an unknown API was served")
            return
        }
        #expect(unknown.contains("unsupported API"))
        guard case .close(let version) = Machine.requestArrived(apiKey: MetadataRequest.apiKey, apiVersion: 99, clientId: "c", sasl: open, versions: 0...12)
        else {
            Issue.record("an unknown version was served")
            return
        }
        #expect(version.contains("v99 is not supported (supported: v0-v12)"))
        #expect(Machine.requestArrived(apiKey: ApiVersionsRequest.apiKey, apiVersion: 9, clientId: nil, sasl: open, versions: 0...4) == .answerApiVersionsInV0)
    }
}
