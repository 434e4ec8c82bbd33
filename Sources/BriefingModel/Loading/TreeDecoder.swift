/// A `Decoder` over a `JSONValue` tree that never stops at the first problem: it reports each one to
/// its `TreeDecodingSession` and carries on with placeholder values. While `silent` (decoding a
/// placeholder) it reports nothing.
struct TreeDecoder: Decoder {
    let node: JSONValue
    let session: TreeDecodingSession
    let codingPath: [any CodingKey]
    let silent: Bool

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node else {
            session.report("expected an object, found \(node.kindDescription)", at: codingPath, silent: silent)
            return KeyedDecodingContainer(TreeKeyedContainer<Key>(members: [], session: session,
                                                                   codingPath: codingPath, silent: true))
        }
        if !silent { session.registerObject(members, at: codingPath) }
        return KeyedDecodingContainer(TreeKeyedContainer<Key>(members: members, session: session,
                                                               codingPath: codingPath, silent: silent))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = node else {
            session.report("expected an array, found \(node.kindDescription)", at: codingPath, silent: silent)
            return TreeUnkeyedContainer(items: [], session: session, codingPath: codingPath, silent: true)
        }
        return TreeUnkeyedContainer(items: items, session: session, codingPath: codingPath, silent: silent)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TreeSingleValueContainer(node: node, session: session, codingPath: codingPath, silent: silent)
    }
}
