import CCurl
import Foundation

/// One HTTP request run by libcurl on a thread of its own.
///
/// `curl_easy_perform` blocks for the whole exchange, and Swift's cooperative pool has only as
/// many threads as cores (two here): blocking one of them would stall every task. The thread
/// hands status, headers and body pieces to an `AsyncThrowingStream`; when the consumer stops
/// listening (finished, dropped or cancelled), the progress callback aborts the transfer.
/// The same callback enforces the idle timeout: libcurl's low-speed limit averages over several
/// seconds and counts the upload, so it notices a silent server late.
///
/// Unchecked Sendable: the mutable state is touched only by the transfer thread (libcurl calls
/// the callbacks on it); the consumer side reaches only `cancelled`, which is locked.
final class CurlTransfer: @unchecked Sendable {
    private let request: HTTPRequest
    private let continuation: AsyncThrowingStream<HTTPEvent, any Error>.Continuation
    private let cancelled = LockedValue(false)
    private var handle: UnsafeMutableRawPointer?
    private var headers: [String: String] = [:]
    private var responseSent = false
    private var status = 0
    /// Takes the body of a 2xx response on this thread instead of the stream; false stops the
    /// transfer.
    private let successBody: (@Sendable (UnsafeRawBufferPointer) -> Bool)?
    private var lastActivity = ContinuousClock.now
    private var idleExpired = false
    /// The silence after which the next `.silent` notice goes out.
    private var nextNotice: Duration

    /// Silence notices after the first come this far apart.
    static let noticeInterval = Duration.seconds(30)

    /// Starts `request` at once; the stream ends after the last body piece or throws a
    /// ``TransportError``. With `successBody`, the body of a 2xx response goes to it, on the
    /// transfer's thread, and the stream carries only the response and the silences.
    static func start(
        _ request: HTTPRequest, successBody: (@Sendable (UnsafeRawBufferPointer) -> Bool)? = nil
    ) -> AsyncThrowingStream<HTTPEvent, any Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: HTTPEvent.self)
        let transfer = CurlTransfer(request: request, continuation: continuation, successBody: successBody)
        continuation.onTermination = { _ in transfer.cancelled.value = true }
        let thread = Thread { transfer.run() }
        thread.name = "chattui-http"
        thread.start()
        return stream
    }

    private init(
        request: HTTPRequest, continuation: AsyncThrowingStream<HTTPEvent, any Error>.Continuation,
        successBody: (@Sendable (UnsafeRawBufferPointer) -> Bool)?
    ) {
        self.request = request
        self.continuation = continuation
        self.successBody = successBody
        nextNotice = request.silenceNotice
    }

    /// Whether the progress callback should abort: the consumer left, or the server fell silent.
    /// libcurl calls it about once a second even when nothing arrives, which is also when a
    /// long silence is announced.
    var shouldAbort: Bool {
        if cancelled.value { return true }
        let silence = ContinuousClock.now - lastActivity
        if silence > request.idleTimeout { idleExpired = true }
        if !idleExpired, silence >= nextNotice {
            continuation.yield(.silent(.seconds(silence.components.seconds)))
            nextNotice += Self.noticeInterval
        }
        return idleExpired
    }

    private func noteActivity() {
        lastActivity = .now
        nextNotice = request.silenceNotice
    }

    private func run() {
        guard CurlRuntime.isReady, let easy = curl_easy_init() else {
            continuation.finish(throwing: TransportError(kind: .other, detail: "libcurl failed to initialise"))
            return
        }
        handle = easy
        var headerList: UnsafeMutablePointer<curl_slist>?
        for line in request.headers { headerList = curl_slist_append(headerList, line) }
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        defer {
            curl_easy_cleanup(easy)
            curl_slist_free_all(headerList)
            errorBuffer.deallocate()
            handle = nil
        }
        configure(easy, headers: headerList, errorBuffer: errorBuffer)
        noteActivity()
        let code = curl_easy_perform(easy)
        if code == CURLE_OK {
            sendResponseIfNeeded()
            continuation.finish()
        } else if idleExpired {
            continuation.finish(throwing: TransportError(
                kind: .timedOut, detail: "no data for \(request.idleTimeout.components.seconds) seconds"))
        } else {
            let detail = String(cString: errorBuffer)
            continuation.finish(throwing: TransportError(
                code: code, detail: detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail))
        }
    }

    private func configure(_ easy: UnsafeMutableRawPointer, headers: UnsafeMutablePointer<curl_slist>?,
                           errorBuffer: UnsafeMutablePointer<CChar>) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        chattui_curl_set_string(easy, CURLOPT_URL, request.url)
        chattui_curl_set_slist(easy, CURLOPT_HTTPHEADER, headers)
        if request.method == .post {
            chattui_curl_set_long(easy, CURLOPT_POSTFIELDSIZE, request.body.count)
            request.body.withUnsafeBytes { bytes in
                // COPYPOSTFIELDS copies POSTFIELDSIZE bytes now, so the body need not outlive this call.
                _ = chattui_curl_set_pointer(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress))
            }
            chattui_curl_set_long(easy, CURLOPT_POST, 1)
        } else {
            chattui_curl_set_long(easy, CURLOPT_HTTPGET, 1)
        }
        chattui_curl_set_long(easy, CURLOPT_NOSIGNAL, 1)
        chattui_curl_set_long(easy, CURLOPT_CONNECTTIMEOUT_MS, request.connectTimeout.milliseconds)
        chattui_curl_set_string(easy, CURLOPT_USERAGENT, "chattui")
        chattui_curl_set_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer)
        chattui_curl_set_write_callback(easy, curlWriteBody)
        chattui_curl_set_pointer(easy, CURLOPT_WRITEDATA, context)
        chattui_curl_set_header_callback(easy, curlWriteHeader)
        chattui_curl_set_pointer(easy, CURLOPT_HEADERDATA, context)
        chattui_curl_set_progress_callback(easy, curlProgress)
        chattui_curl_set_pointer(easy, CURLOPT_XFERINFODATA, context)
        chattui_curl_set_long(easy, CURLOPT_NOPROGRESS, 0)
    }

    /// Returns false to abort the transfer.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard !cancelled.value else { return false }
        noteActivity()
        sendResponseIfNeeded()
        if let successBody, (200..<300).contains(status) { return successBody(bytes) }
        if case .terminated = continuation.yield(.body(Array(bytes))) { return false }
        return true
    }

    /// Collects the headers of the last response; an interim one (100 Continue) starts over.
    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        noteActivity()
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            headers = [:]
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
    }

    private func sendResponseIfNeeded() {
        guard !responseSent, let handle else { return }
        responseSent = true
        chattui_curl_get_response_code(handle, &status)
        continuation.yield(.response(status: status, headers: headers))
    }
}

private extension Duration {
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
