import Foundation
import Testing
@testable import ChatTUI

@Suite struct MessageInboxTests {
    /// A reply at 1,000 tokens a second posts 16 deltas between two frames: the loop takes
    /// them as one, and everything else keeps its place and order.
    @Test func textStreamedBetweenTwoDrainsArrivesAsOneDelta() throws {
        let inbox = try MessageInbox()
        for word in ["one ", "two ", "six"] { inbox.post(.turn(7, .textDelta(word))) }
        inbox.post(.turn(7, .toolStarted(name: "list_tasks", argumentsJSON: "{}")))
        inbox.post(.turn(7, .textDelta("ten ")))
        inbox.post(.turn(8, .textDelta("red")))
        inbox.post(.externalChange)

        #expect(inbox.drain() == [
            .turn(7, .textDelta("one two six")),
            .turn(7, .toolStarted(name: "list_tasks", argumentsJSON: "{}")),
            .turn(7, .textDelta("ten ")),
            .turn(8, .textDelta("red")),
            .externalChange,
        ])
        #expect(inbox.drain() == [])
    }

    @Test func aPostToAnEmptyInboxLeavesAByteToWakeOn() throws {
        let inbox = try MessageInbox()
        inbox.post(.turn(7, .textDelta("one")))
        inbox.post(.turn(7, .textDelta("two")))
        var descriptor = pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&descriptor, 1, 0) == 1)
        _ = inbox.drain()
        #expect(poll(&descriptor, 1, 0) == 0)
    }
}
