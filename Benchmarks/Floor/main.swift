import CCurl
import CFloorSQLite
import CNCursesW
import Glibc

// chattui-floor: the least a Swift program linking chattui's system libraries (libcurl,
// ncursesw, SQLite) can do, so `make bench` can show what start-up and one request cost
// before any of chattui's own code runs. No Foundation: what chattui adds with it is part
// of what the comparison measures.
//
// usage: chattui-floor --version
//        chattui-floor URL BODY_FILE     POSTs the file as JSON and copies the reply to stdout

/// Prints the versions of the three libraries, touching each so none is dropped at link time.
func printVersion() {
    let curl = String(cString: curl_version())
    let sqlite = String(cString: sqlite3_libversion())
    let curses = String(cString: curses_version())
    print("chattui-floor (\(curl); SQLite \(sqlite); \(curses))")
}

/// The whole file at `path`, or nil when it cannot be read.
func contents(of path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65536) }
        if count < 0 { return nil }
        if count == 0 { return bytes }
        bytes.append(contentsOf: chunk[0..<count])
    }
}

/// One streamed POST, as chattui makes it (no signals, a JSON body), its body to stdout.
func post(to url: String, body: [UInt8]) -> Int32 {
    guard chattui_curl_global_init() == CURLE_OK, let easy = curl_easy_init() else { return 1 }
    defer { curl_easy_cleanup(easy) }
    var headers: UnsafeMutablePointer<curl_slist>?
    headers = curl_slist_append(headers, "Content-Type: application/json")
    headers = curl_slist_append(headers, "Authorization: Bearer floor")
    defer { curl_slist_free_all(headers) }
    chattui_curl_set_string(easy, CURLOPT_URL, url)
    chattui_curl_set_slist(easy, CURLOPT_HTTPHEADER, headers)
    chattui_curl_set_long(easy, CURLOPT_NOSIGNAL, 1)
    chattui_curl_set_long(easy, CURLOPT_POSTFIELDSIZE, body.count)
    body.withUnsafeBytes { bytes in
        _ = chattui_curl_set_pointer(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress))
    }
    chattui_curl_set_write_callback(easy) { data, size, count, _ in
        write(1, data, size * count)
        return size * count
    }
    return curl_easy_perform(easy) == CURLE_OK ? 0 : 1
}

let arguments = CommandLine.arguments
if arguments.count == 2, arguments[1] == "--version" {
    printVersion()
} else if arguments.count == 3, let body = contents(of: arguments[2]) {
    exit(post(to: arguments[1], body: body))
} else {
    print("usage: chattui-floor --version | chattui-floor URL BODY_FILE")
    exit(64)
}
