import CCurl

/// A transfer that failed below HTTP: no connection, a reset, a timeout.
///
/// Raw material for ``ProviderError``, which adds the words a person can act on.
struct TransportError: Error {
    enum Kind {
        case cannotConnect
        case hostNotFound
        case tls
        case timedOut
        /// The connection broke: reset, closed early, or a send/receive failure.
        case connectionLost
        case other
    }

    var kind: Kind
    /// libcurl's own words, such as "Failed to connect to 127.0.0.1 port 1".
    var detail: String

    init(kind: Kind, detail: String) {
        self.kind = kind
        self.detail = detail
    }

    init(code: CURLcode, detail: String) {
        self.detail = detail
        switch code {
        case CURLE_COULDNT_CONNECT: kind = .cannotConnect
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: kind = .hostNotFound
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
             CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR:
            kind = .tls
        case CURLE_OPERATION_TIMEDOUT: kind = .timedOut
        case CURLE_PARTIAL_FILE, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING:
            kind = .connectionLost
        default: kind = .other
        }
    }
}
