import Foundation
import Synchronization

/// Where other threads (turns, database loads) leave messages for the main loop.
///
/// Posting also writes a byte to a pipe the loop polls beside stdin, so a streamed chunk is
/// painted at once instead of at the next tick, with no busy waiting. Only a post to an
/// empty inbox writes one: the messages behind it are taken by the same drain, so a reply
/// streaming 1,000 chunks a second costs a write per drain rather than per chunk. Text that
/// streams in while the loop waits for its next frame joins the text posted before it, so
/// the loop applies one delta per frame instead of one per token.
final class MessageInbox: Sendable {
    private let pending = Mutex<[Message]>([])
    /// The read end, polled by the loop.
    let wakeDescriptor: Int32
    private let signalDescriptor: Int32

    init() throws {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        wakeDescriptor = descriptors[0]
        signalDescriptor = descriptors[1]
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
    }

    deinit {
        close(wakeDescriptor)
        close(signalDescriptor)
    }

    func post(_ message: Message) {
        let wasEmpty = pending.withLock { messages in
            defer { Self.add(message, to: &messages) }
            return messages.isEmpty
        }
        guard wasEmpty else { return }
        var byte: UInt8 = 1
        // A full pipe already holds a wake-up; nothing is lost by skipping this one.
        _ = write(signalDescriptor, &byte, 1)
    }

    /// Appends `message`, or adds its text to the text delta of the same turn right before it.
    private static func add(_ message: Message, to messages: inout [Message]) {
        guard case .turn(let id, .textDelta(let text)) = message, let last = messages.indices.last,
              case .turn(id, .textDelta(var held)) = messages[last]
        else {
            messages.append(message)
            return
        }
        held += text
        messages[last] = .turn(id, .textDelta(held))
    }

    /// Everything posted so far, oldest first; empties the pipe too, before taking the
    /// messages, so a post that finds the inbox empty again always leaves a byte to wake on.
    func drain() -> [Message] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(wakeDescriptor, &buffer, buffer.count) > 0 {}
        return pending.withLock { messages in
            defer { messages.removeAll() }
            return messages
        }
    }
}
