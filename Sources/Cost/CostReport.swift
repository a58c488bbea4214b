/// A measured run and its bill as `fjord cost` prints them.
public struct CostReport: Sendable {
    public var run: MeasuredRun
    public var bill: MonthlyBill

    public init(run: MeasuredRun, bill: MonthlyBill) {
        self.run = run
        self.bill = bill
    }

    public var text: String {
        let f = MonthlyBill.format
        var lines = ["measured over \(f(run.seconds)) s, per second:"]
        lines.append("  group            agents  PUT     GET     LIST    DELETE  to store MiB  from store MiB  produced MiB  fetched MiB  control-plane calls")
        for group in run.groups {
            let cells = [
                group.group.padding(16), "\(group.agents)".padding(7),
                f(group.requests["put"] ?? 0).padding(7), f(group.requests["get"] ?? 0).padding(7), f(group.requests["list"] ?? 0).padding(7),
                f(group.requests["delete"] ?? 0).padding(7), f(group.bytesToStore / 1_048_576).padding(13),
                f(group.bytesFromStore / 1_048_576).padding(15), f(group.producedBytes / 1_048_576).padding(13),
                f(group.fetchedBytes / 1_048_576).padding(12), f(group.controlPlaneCalls),
            ]
            lines.append("  " + cells.joined(separator: " "))
        }
        lines.append("")
        lines.append("a month at these rates (730 hours), in dollars:")
        for (title, bill, total) in [("Fjord", bill.fjord, bill.fjordTotal), ("Kafka, three zones", bill.kafka, bill.kafkaTotal)] {
            lines.append("  \(title)")
            for line in bill {
                lines.append("    " + line.item.padding(56) + line.quantity.padding(22) + f(line.dollars))
            }
            lines.append("    " + "total".padding(78) + f(total))
        }
        let ratio = bill.fjordTotal > 0 ? bill.kafkaTotal / bill.fjordTotal : 0
        lines.append("Kafka costs \(f(ratio))× Fjord at this throughput")
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
