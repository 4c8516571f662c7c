/// "anything about bills?": a search that finds nothing is tried again more loosely before
/// the engine says there is nothing, since the tool matches titles letter for letter.
extension ListRequest {
    /// The searches to try in turn after this one found nothing: the word without its
    /// plural "s" ("bills" finds "Electricity bill"), then the word as a tag, with and
    /// without the "s" ("anything about work?" finds the tasks tagged #work). Only a
    /// one-word search with no other filter is widened.
    var widenings: [ListRequest] {
        guard let search, tag == nil, !search.contains(" ") else { return [] }
        let singular = search.count > 3 && search.lowercased().hasSuffix("s") ? String(search.dropLast()) : nil
        var wider: [ListRequest] = []
        if let singular { wider.append(with(search: singular, tag: nil)) }
        for word in [search, singular].compactMap(\.self) {
            if let tag = TagPhrase.normalise(word) { wider.append(with(search: nil, tag: tag)) }
        }
        return wider
    }

    private func with(search: String?, tag: String?) -> ListRequest {
        var request = self
        request.search = search
        request.tag = tag
        return request
    }
}
