import Foundation

extension AppDatabase {
    /// Where the database lives unless `--db` says otherwise.
    ///
    /// `CHATTUI_DB`, else `$XDG_DATA_HOME/chattui/chattui.db`, else
    /// `~/.local/share/chattui/chattui.db`. A relative `XDG_DATA_HOME` is ignored, as
    /// the XDG base directory specification asks.
    public static func defaultPath(environment: [String: String]) -> String {
        if let path = environment["CHATTUI_DB"], !path.isEmpty {
            return path
        }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return "\(data)/chattui/chattui.db"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? PasswordEntry.effectiveUser()?.home ?? ""
        return "\(home)/.local/share/chattui/chattui.db"
    }
}
