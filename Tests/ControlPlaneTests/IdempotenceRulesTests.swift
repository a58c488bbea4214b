import Testing

@testable import ControlPlane

@Suite struct IdempotenceRulesTests {
    @Test func sequencesWrapAtInt32Max() {
        let state = IdempotenceRules.record(state: nil, epoch: 0, baseSequence: Int32.max - 1, recordCount: 2, baseOffset: 0)
        #expect(state.recent.last?.lastSequence == Int32.max)
        #expect(IdempotenceRules.judge(state: state, epoch: 0, baseSequence: 0, recordCount: 1) == .append)
    }

    @Test func onlyTheLastFiveBatchesAreRemembered() {
        var state: IdempotenceRules.State?
        for batch in 0..<7 { state = IdempotenceRules.record(state: state, epoch: 3, baseSequence: Int32(batch), recordCount: 1, baseOffset: Int64(batch)) }
        #expect(state?.recent.count == 5)
        #expect(IdempotenceRules.judge(state: state, epoch: 3, baseSequence: 6, recordCount: 1) == .duplicate(baseOffset: 6))
        #expect(IdempotenceRules.judge(state: state, epoch: 3, baseSequence: 0, recordCount: 1) == .outOfOrder(expected: 7))
        #expect(IdempotenceRules.judge(state: state, epoch: 2, baseSequence: 7, recordCount: 1) == .fenced)
        #expect(IdempotenceRules.judge(state: state, epoch: 4, baseSequence: 5, recordCount: 1) == .outOfOrder(expected: 0))
    }
}

@Suite struct TopicConfigTests {
    @Test func unknownNamesAndBadValuesAreRefused() {
        #expect(TopicConfigs.validate(["retention.ms": "1000", "segment.ms": "5"]) == nil)
        #expect(TopicConfigs.validate(["dummy.doesntexist": "1"])?.contains("unknown topic config") == true)
        #expect(TopicConfigs.validate(["retention.ms": "soon"]) != nil)
        #expect(TopicConfigs.validate(["cleanup.policy": "shred"]) != nil)
    }
}
