import Testing
@testable import AgentCore

@Suite struct RetryBackoffTests {
    let backoff = RetryBackoff(cap: .seconds(30))

    @Test func followsRetryAfterUpToTheCap() {
        #expect(backoff.delay(beforeRetry: 0, retryAfter: .seconds(2)) == .seconds(2))
        #expect(backoff.delay(beforeRetry: 0, retryAfter: .seconds(600)) == .seconds(30))
    }

    @Test func growsExponentiallyWithJitterAndStaysUnderTheCap() {
        for retry in 0..<3 {
            let full = Duration.milliseconds(500) * (1 << retry)
            let delay = backoff.delay(beforeRetry: retry, retryAfter: nil)
            #expect(delay >= full / 2 && delay <= full)
        }
        #expect(backoff.delay(beforeRetry: 40, retryAfter: nil) <= .seconds(30))
    }

    @Test func parsesRetryAfterSeconds() {
        #expect(RetryBackoff.retryAfter("1") == .seconds(1))
        #expect(RetryBackoff.retryAfter("0.25") == .milliseconds(250))
        #expect(RetryBackoff.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == nil)
        #expect(RetryBackoff.retryAfter(nil) == nil)
        #expect(RetryBackoff.retryAfter("-3") == nil)
    }
}
