import CCurl
import Foundation

/// Process-wide libcurl set-up, done once before the first transfer.
enum CurlRuntime {
    /// Whether libcurl initialised. Swift runs a static's initialiser once, thread-safely,
    /// which is what `curl_global_init` requires.
    static let isReady: Bool = {
        // A peer closing the socket mid-write must fail that write, not kill the process;
        // CURLOPT_NOSIGNAL alone does not cover writes TLS libraries make.
        signal(SIGPIPE, SIG_IGN)
        return chattui_curl_global_init() == CURLE_OK
    }()
}
