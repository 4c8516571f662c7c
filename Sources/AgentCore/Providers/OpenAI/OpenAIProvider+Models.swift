import Foundation

extension OpenAIProvider {
    /// A model list is a few kilobytes; a server that sends more is not sending one.
    private static let modelListLimit = 4 * 1024 * 1024

    /// The model ids `GET {baseURL}/models` lists, in the server's order.
    ///
    /// One request over libcurl on its own thread, like a completion, without retries: the
    /// person asked and is waiting, and the failure says what to do.
    public func models() async throws(ModelListError) -> [String] {
        var headers = ["Accept: application/json"]
        if let key = configuration.apiKey { headers.append("Authorization: Bearer \(key)") }
        let transfer = CurlTransfer.start(HTTPRequest(
            url: configuration.modelsURL, headers: headers, body: [], connectTimeout: configuration.connectTimeout,
            idleTimeout: configuration.idleTimeout, silenceNotice: configuration.idleTimeout, method: .get))
        var status = 0
        var body: [UInt8] = []
        do {
            for try await event in transfer {
                switch event {
                case .response(let code, _): status = code
                case .body(let bytes): body += bytes
                case .silent: break
                }
                if body.count > Self.modelListLimit { throw ModelListError.unreadable(url: configuration.modelsURL) }
            }
        } catch let error as ModelListError {
            throw error
        } catch let error as TransportError {
            throw .provider(ProviderError(error, url: configuration.baseURL).redacting(configuration.apiKey))
        } catch {
            throw .provider(.cancelled)
        }
        return try Self.modelNames(status: status, body: body, configuration: configuration)
    }

    private static func modelNames(
        status: Int, body: [UInt8], configuration: OpenAIConfiguration
    ) throws(ModelListError) -> [String] {
        let url = configuration.modelsURL
        switch status {
        case 200..<300: break
        case 404, 405: throw .noEndpoint(url: url, status: status)
        case 401, 403:
            throw .provider(.unauthorized(status: status, message: ServerErrorBody.message(in: body))
                .redacting(configuration.apiKey))
        default:
            throw .provider(.server(status: status, message: ServerErrorBody.message(in: body))
                .redacting(configuration.apiKey))
        }
        guard let list = try? JSONValue(parsing: String(decoding: body, as: UTF8.self)),
            let entries = list["data"]?.arrayValue
        else { throw .unreadable(url: url) }
        return entries.compactMap { $0["id"]?.stringValue }
    }
}
