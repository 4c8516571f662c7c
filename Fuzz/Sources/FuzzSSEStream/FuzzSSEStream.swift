@testable import AgentCore
import FuzzSupport

/// A streamed completion read the way `CompletionAttempt` reads one: bytes split
/// anywhere into the SSE parser, each event through the chunk decoder, then the end of
/// the stream. Any input must end in events or a `ProviderError`, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSSEStream(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    var parser = SSEParser()
    var decoder = CompletionStreamDecoder()
    do {
        for chunk in input.chunks {
            for event in parser.feed(chunk) { _ = try decoder.consume(event) }
        }
        for event in parser.finish() { _ = try decoder.consume(event) }
        _ = try decoder.finishWithoutDone()
    } catch {
        _ = error.description
    }
    _ = try? ChatCompletionChunk(json: input.text)
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver with the function above.
@_cdecl("FuzzSSEStream_main")
public func fuzzSSEStreamMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzSSEStream)
}
