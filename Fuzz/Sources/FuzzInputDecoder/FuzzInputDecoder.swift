@testable import ChatTUI
import FuzzSupport

/// What a terminal sends, decoded into keys and applied to the line editor as the chat's
/// input box applies them. Bytes are read as UTF-8 characters; a few control values stand
/// for what curses hands over besides characters (an arrow it decoded, a resize, the
/// escape delay running out), so sequences, pastes and editing keys interleave.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInputDecoder(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    var decoder = InputDecoder()
    var editor = InputEditor(text: "", history: ["earlier", "line one\nline two"])
    for scalar in input.text.unicodeScalars {
        let key: Key?
        switch scalar.value {
        case 0xF000: key = decoder.flush()
        case 0xF001: key = decoder.feed(.resize)
        case 0xF002...0xF00F: key = decoder.feed(.key(curses[Int(scalar.value - 0xF002) % curses.count]))
        default: key = decoder.feed(.scalar(scalar))
        }
        if let key { apply(key, to: &editor) }
    }
    if let key = decoder.flush() { apply(key, to: &editor) }
    return 0
}

/// Keys curses decodes itself, standing in for its `KEY_*` codes.
private let curses: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .delete, .backspace, .ctrlLeft, .ctrlEnd]

/// The chat's handling of a key in the input box: editing keys, history on ↑/↓ past the
/// first or last line, Enter submits. The cursor must stay inside the text throughout.
private func apply(_ key: Key, to editor: inout InputEditor) {
    if !editor.handleEditingKey(key) {
        switch key {
        case .up: if !editor.moveUpLine() { editor.historyBack() }
        case .down: if !editor.moveDownLine() { editor.historyForward() }
        case .enter: _ = editor.submit()
        case .altEnter: editor.insert("\n")
        case .escape: editor.clear()
        default: break
        }
    }
    guard editor.cursorUTF8 <= editor.text.utf8.count else {
        FuzzInput.fail("cursor \(editor.cursorUTF8) past the text's \(editor.text.utf8.count) bytes")
    }
    _ = editor.cursorOffset
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver with the function above.
@_cdecl("FuzzInputDecoder_main")
public func fuzzInputDecoderMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzInputDecoder)
}
