import Foundation
import Testing
@testable import ChatTUI

/// The flags are checked on a pipe: the same kind of open file an MCP client hands over.
@Suite(.serialized) struct DescriptorFlagsTests {
    private struct PipeEnds: ~Copyable {
        let read: Int32
        let write: Int32

        init() throws {
            var ends: [Int32] = [-1, -1]
            try #require(pipe(&ends) == 0)
            read = ends[0]
            write = ends[1]
        }

        deinit {
            close(read)
            close(write)
        }
    }

    @Test func restoreUndoesTheNonBlockingFlagTheSDKSets() throws {
        let ends = try PipeEnds()
        let saved = try #require(DescriptorFlags(saving: ends.read))
        _ = fcntl(ends.read, F_SETFL, fcntl(ends.read, F_GETFL) | O_NONBLOCK)
        #expect(isNonBlocking(ends.read))
        saved.restore()
        #expect(!isNonBlocking(ends.read))
    }

    @Test func restoreKeepsAFlagThatWasAlreadySet() throws {
        let ends = try PipeEnds()
        _ = fcntl(ends.write, F_SETFL, fcntl(ends.write, F_GETFL) | O_NONBLOCK)
        let saved = try #require(DescriptorFlags(saving: ends.write))
        _ = fcntl(ends.write, F_SETFL, fcntl(ends.write, F_GETFL) & ~O_NONBLOCK)
        saved.restore()
        #expect(isNonBlocking(ends.write))
    }

    @Test func aDescriptorThatIsNotOpenHasNothingToSave() {
        #expect(DescriptorFlags(saving: -1) == nil)
    }

    /// What the signal handler runs before it re-raises.
    @Test func theSignalPathRestoresWhatWasRemembered() throws {
        let ends = try PipeEnds()
        SignalRestore.remember(input: DescriptorFlags(saving: ends.read), output: DescriptorFlags(saving: ends.write))
        defer { SignalRestore.remember(input: nil, output: nil) }
        for end in [ends.read, ends.write] {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        SignalRestore.restoreRemembered()
        #expect(!isNonBlocking(ends.read))
        #expect(!isNonBlocking(ends.write))
    }

    private func isNonBlocking(_ descriptor: Int32) -> Bool {
        fcntl(descriptor, F_GETFL) & O_NONBLOCK != 0
    }
}
