import Persistence

/// Tags, projects and contexts from other tools, spelled as chattui's tags.
enum ForeignTag {
    /// Lower case, any character a chattui tag cannot hold (".", "/", a space) turned into
    /// "-", cut to 32: Taskwarrior's project "Home.Garden" becomes the tag "home-garden".
    static func spelling(_ name: String) -> String? {
        let scalars = name.lowercased().unicodeScalars.map { scalar -> Character in
            let allowed = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
            return allowed ? Character(scalar) : "-"
        }
        let tag = String(scalars.prefix(32))
        return tag.allSatisfy({ $0 == "-" }) ? nil : tag
    }
}
