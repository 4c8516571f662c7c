/// How often each feature of the generated training set occurs under each label: all that
/// naive Bayes learns, and all that is shipped.
///
/// Counting the generated set costs about 28 ms in a release build, more than the first
/// classifier turn of a process may take; so the counts are kept in the repository as text
/// (``ShippedClassifier``), read in about a millisecond, and a test regenerates them
/// from the templates and fails when the two differ, so they never drift.
struct FeatureCounts: Equatable, Sendable {
    let labels: [IntentLabel]
    /// Features in the order first met, each with one count per label.
    private(set) var features: [String] = []
    private(set) var counts: [[Int]] = []

    init(labels: [IntentLabel] = IntentLabel.allCases) {
        self.labels = labels
    }

    init(training examples: [TrainingExamples.Example]) {
        self.init()
        let column = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var rows: [String: Int] = [:]
        for example in examples {
            guard let index = column[example.label] else { continue }
            for feature in NaiveBayes.features(example.tokens) {
                let row: Int
                if let known = rows[feature] {
                    row = known
                } else {
                    row = features.count
                    rows[feature] = row
                    features.append(feature)
                    counts.append(Array(repeating: 0, count: labels.count))
                }
                counts[row][index] += 1
            }
        }
    }

    /// One line naming the labels, then a line per feature: the feature, a tab, and
    /// `label:count` for each label it occurs under. Features hold no tab or line break.
    var text: String {
        var lines = [labels.map(\.rawValue).joined(separator: " ")]
        for (feature, row) in zip(features, counts) {
            let cells = row.enumerated().filter { $0.element > 0 }.map { "\($0.offset):\($0.element)" }
            lines.append(feature + "\t" + cells.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }

    /// Reads `text`; nil when it is not in that form or names other labels than this build's.
    /// Walks the UTF-8 bytes once: read on the first classifier turn, it must cost well
    /// under a millisecond a thousand lines.
    init?(text: String) {
        var bytes = text.utf8[...]
        guard let headerEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? (bytes.isEmpty ? nil : bytes.endIndex) else { return nil }
        let labels = String(decoding: bytes[..<headerEnd], as: UTF8.self).split(separator: " ")
            .compactMap { IntentLabel(rawValue: String($0)) }
        guard labels == IntentLabel.allCases else { return nil }
        self.init(labels: labels)
        bytes = bytes[headerEnd...].dropFirst()
        while !bytes.isEmpty {
            let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            guard let row = Self.readLine(bytes[..<lineEnd], width: labels.count) else { return nil }
            features.append(row.feature)
            counts.append(row.counts)
            bytes = bytes[lineEnd...].dropFirst()
        }
    }

    /// "feature<TAB>3:12 5:1" as the feature and its counts.
    private static func readLine(_ line: Substring.UTF8View, width: Int) -> (feature: String, counts: [Int])? {
        guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { return nil }
        var counts = Array(repeating: 0, count: width)
        var label: Int?
        var number = 0
        var digits = 0
        /// Stores the finished "label:count".
        func endCell() -> Bool {
            guard let column = label, digits > 0, number > 0 else { return false }
            counts[column] = number
            (label, number, digits) = (nil, 0, 0)
            return true
        }
        for byte in line[tab...].dropFirst() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                guard digits < 10 else { return nil }
            case UInt8(ascii: ":"):
                guard label == nil, digits > 0, number < width else { return nil }
                label = number
                (number, digits) = (0, 0)
            case UInt8(ascii: " "):
                guard endCell() else { return nil }
            default:
                return nil
            }
        }
        guard endCell() else { return nil }
        return (String(decoding: line[..<tab], as: UTF8.self), counts)
    }
}
