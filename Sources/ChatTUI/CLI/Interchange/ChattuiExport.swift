import AgentCore
import Foundation
import Persistence

/// `chattui export`'s document: every conversation with every message, and every task.
///
/// A message is the object of `chattui show --json` with what a transcript leaves out (the
/// reasoning, tool calls' extra members), so an export read back by `chattui import` holds
/// everything the database did. It is written a conversation and a message at a time.
enum ChattuiExport {
    static let version = 1

    static func header(exportedAt: Date) -> String {
        "{\"chattui_export\":\(version),\"exported_at\":\(JSONValue.rfc3339(exportedAt).text),\"conversations\":["
    }

    /// A conversation's opening, up to its messages; `first` leaves out the comma before it.
    static func conversationStart(_ conversation: Conversation, first: Bool) -> String {
        let title = JSONValue.string(conversation.title).text
        let created = JSONValue.rfc3339(conversation.createdAt).text
        return (first ? "\n" : ",\n") + "{\"title\":\(title),\"created_at\":\(created),\"messages\":["
    }

    static func message(_ message: StoredMessage, first: Bool) -> String {
        guard case .object(var members) = ConversationJSON.message(message) else { return "" }
        members.removeAll { $0.0 == "id" || $0.0 == "tool_calls" }
        let calls = message.toolCalls.map { call -> JSONValue in
            .object([("id", .string(call.id)), ("name", .string(call.name)), ("arguments", .string(call.arguments)),
                     ("extra", call.extra.map(JSONValue.string) ?? .null)])
        }
        members.append(("tool_calls", calls.isEmpty ? .null : .array(calls)))
        members.append(("reasoning", message.reasoning.map { reasoning in
            .object([("text", .string(reasoning.text)), ("field", reasoning.field.map(JSONValue.string) ?? .null)])
        } ?? .null))
        return (first ? "\n" : ",\n") + JSONValue.object(members).text
    }

    static let conversationEnd = "\n]}"

    static func footer(tasks: [TodoTask]) -> String {
        "\n],\"tasks\":" + JSONValue.array(tasks.map(ChattuiTaskJSON.json)).prettyText + "}\n"
    }

    /// The conversations and tasks of a document, or every problem it has.
    static func read(_ text: String, clock: TaskClock) throws(ImportProblems) -> (conversations: [ImportedConversation], tasks: [ImportedTask]) {
        guard let document = try? JSONValue(parsing: text), document["chattui_export"] != nil else {
            throw ImportProblems(problems: [ImportProblem("not a chattui export (no \"chattui_export\" member)")])
        }
        var problems: [ImportProblem] = []
        var conversations: [ImportedConversation] = []
        for (number, entry) in (document["conversations"]?.arrayValue ?? []).enumerated() {
            do {
                conversations.append(try conversation(entry))
            } catch {
                problems.append(ImportProblem(error.reason, at: "conversation \(number + 1)"))
            }
        }
        var tasks: [ImportedTask] = []
        for (number, entry) in (document["tasks"]?.arrayValue ?? []).enumerated() {
            do {
                tasks.append(try ChattuiTaskJSON.task(from: entry, clock: clock))
            } catch {
                problems.append(ImportProblem(error.reason, at: "task \(number + 1)"))
            }
        }
        guard problems.isEmpty else { throw ImportProblems(problems: problems) }
        return (conversations, tasks)
    }

    private static func conversation(_ entry: JSONValue) throws(ImportProblem) -> ImportedConversation {
        guard let created = time(entry["created_at"]) else { throw ImportProblem("no created_at time") }
        var messages: [ImportedMessage] = []
        for (number, item) in (entry["messages"]?.arrayValue ?? []).enumerated() {
            guard let role = item["role"]?.stringValue.flatMap(MessageRole.init), let content = item["content"]?.stringValue,
                  let moment = time(item["created_at"]) else {
                throw ImportProblem("message \(number + 1) needs a role, content and created_at")
            }
            let calls = (item["tool_calls"]?.arrayValue ?? []).compactMap { call -> StoredToolCall? in
                guard let id = call["id"]?.stringValue, let name = call["name"]?.stringValue,
                      let arguments = call["arguments"]?.stringValue else { return nil }
                return StoredToolCall(id: id, name: name, arguments: arguments, extra: call["extra"]?.stringValue)
            }
            let reasoning = item["reasoning"]?["text"]?.stringValue.map {
                StoredReasoning(text: $0, field: item["reasoning"]?["field"]?.stringValue)
            }
            let message = NewMessage(
                role: role, content: content, toolCalls: calls, toolCallID: item["tool_call_id"]?.stringValue,
                interrupted: item["interrupted"]?.boolValue ?? false, model: item["model"]?.stringValue,
                usage: usage(item["usage"]), reasoning: reasoning)
            messages.append(ImportedMessage(message, createdAt: moment))
        }
        return ImportedConversation(title: entry["title"]?.stringValue ?? "", createdAt: created, messages: messages)
    }

    private static func usage(_ value: JSONValue?) -> TokenUsage? {
        guard let value, let prompt = value["prompt_tokens"]?.intValue, let completion = value["completion_tokens"]?.intValue,
              let total = value["total_tokens"]?.intValue else { return nil }
        return TokenUsage(promptTokens: Int(prompt), completionTokens: Int(completion), totalTokens: Int(total))
    }

    private static func time(_ value: JSONValue?) -> Date? {
        value?.stringValue.flatMap { try? Date.ISO8601FormatStyle().parse($0) }
    }
}
