import Foundation
import Testing
@testable import ChatTUI

@Suite struct LineSplitterTests {
    private func message(_ text: String) -> LineSplitter.Line { .message(Data(text.utf8)) }

    @Test func aLineSplitAcrossReadsIsOneMessageAndOneReadCanHoldSeveral() {
        var splitter = LineSplitter(limit: 100)
        #expect(splitter.append(Array("{\"a\":".utf8)).isEmpty)
        #expect(splitter.append(Array("1}\n{\"b\":2}\n{\"c\"".utf8)) == [message("{\"a\":1}"), message("{\"b\":2}")])
        #expect(splitter.append(Array(":3}\n".utf8)) == [message("{\"c\":3}")])
    }

    @Test func blankLinesAreNotMessages() {
        var splitter = LineSplitter(limit: 100)
        #expect(splitter.append(Array("\n  \n\r\n{}\n".utf8)) == [message("{}")])
    }

    @Test func aLineOfExactlyTheLimitIsReadAndOneByteMoreIsRefusedOnce() {
        var splitter = LineSplitter(limit: 8)
        #expect(splitter.append(Array("12345678\n".utf8)) == [message("12345678")])
        #expect(splitter.append(Array("12345".utf8)).isEmpty)
        #expect(splitter.append(Array("6789".utf8)) == [.tooLong])
        #expect(splitter.append(Array("still the same line".utf8)).isEmpty)
        #expect(splitter.append(Array(" end\n{}\n".utf8)) == [message("{}")])
    }

    @Test func theLastLineNeedsNoNewlineButAnOverLongOneStaysRefused() {
        var splitter = LineSplitter(limit: 8)
        _ = splitter.append(Array("{}".utf8))
        #expect(splitter.finish() == [message("{}")])
        #expect(splitter.append(Array("123456789".utf8)) == [.tooLong])
        #expect(splitter.finish().isEmpty)
    }
}
