extension ProviderError {
    /// What a failed transfer to the server at `url` means to the person: the same words for
    /// a completion and for the model list.
    init(_ error: TransportError, url: String) {
        switch error.kind {
        case .cannotConnect: self = .cannotConnect(url: url)
        case .hostNotFound: self = .hostNotFound(url: url)
        case .tls: self = .tls(url: url, detail: error.detail)
        case .timedOut: self = .timedOut(url: url)
        case .connectionLost, .other: self = .network(url: url, detail: error.detail)
        }
    }
}
