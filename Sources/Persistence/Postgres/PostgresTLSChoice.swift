internal import PostgresNIO

/// libpq's `sslmode` as postgres-nio's TLS setting: `disable` never, `allow` and `prefer`
/// when the server offers it (without checking the certificate, as libpq does), `require`
/// always (unchecked), `verify-ca` checking the chain, `verify-full` the chain and the host.
enum PostgresTLSChoice {
    static func configuration(for settings: PostgresSettings) throws -> PostgresConnection.Configuration {
        let password = settings.password
        var configuration: PostgresConnection.Configuration
        switch settings.endpoint {
        case .socket(let folder, let port):
            configuration = PostgresConnection.Configuration(
                unixSocketPath: "\(folder)/.s.PGSQL.\(port)", username: settings.user, password: password,
                database: settings.database)
        case .tcp(let host, let port):
            configuration = PostgresConnection.Configuration(
                host: host, port: port, username: settings.user, password: password, database: settings.database,
                tls: try tls(settings.sslMode))
            configuration.options.tlsServerName = settings.serverName
        }
        configuration.options.connectTimeout = settings.connectTimeout.map { .seconds(Int64($0)) } ?? unlimited
        return configuration
    }

    /// libpq waits without a limit of its own when no `connect_timeout` is given; a year
    /// leaves the limit to the system's own connection attempts.
    static let unlimited = TimeAmount.hours(24 * 365)

    private static func tls(_ mode: PostgresURL.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        var client = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable:
            return .disable
        case .allow, .prefer:
            client.certificateVerification = .none
            return .prefer(try NIOSSLContext(configuration: client))
        case .require:
            client.certificateVerification = .none
            return .require(try NIOSSLContext(configuration: client))
        case .verifyCA:
            client.certificateVerification = .noHostnameVerification
            return .require(try NIOSSLContext(configuration: client))
        case .verifyFull:
            client.certificateVerification = .fullVerification
            return .require(try NIOSSLContext(configuration: client))
        }
    }
}
