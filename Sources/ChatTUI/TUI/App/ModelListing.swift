/// What `GET {base}/models` answered: the names the server offers, or a sentence saying why
/// there is no list (a server without the endpoint, an unreachable one).
enum ModelListing: Hashable, Sendable {
    case models([String])
    case unavailable(String)
}
