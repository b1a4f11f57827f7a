// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// A scripted MCP endpoint on a LoopbackServer for tst_mcphttp.

#include "loopbackserver.h"
#include "mcptypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace McpHttpFake {
using namespace Qt::StringLiterals;
using Request = LoopbackServer::Request;
using Response = LoopbackServer::Response;

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject result(const QJsonValue &id, const QJsonObject &r)
{
    return {{"jsonrpc"_L1, "2.0"_L1}, {"id"_L1, id}, {"result"_L1, r}};
}

inline QJsonObject rpcError(const QJsonValue &id, int code, const QString &message,
                            const QJsonValue &data = {})
{
    QJsonObject e{{"code"_L1, code}, {"message"_L1, message}};
    if (!data.isUndefined())
        e.insert("data"_L1, data);
    return {{"jsonrpc"_L1, "2.0"_L1}, {"id"_L1, id}, {"error"_L1, e}};
}

inline QJsonObject text(const QString &t)
{
    return {{"content"_L1, QJsonArray{QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, t}}}}};
}

inline QByteArray sseMessage(const QJsonObject &message, const QByteArray &id = {})
{
    QByteArray e = "event: message\n";
    if (!id.isEmpty())
        e += "id: " + id + '\n';
    return e + "data: " + compact(message) + "\n\n";
}

inline Response sse(const QByteArrayList &events)
{
    Response r = Response::stream(events, "text/event-stream");
    return r.withHeader("Cache-Control", "no-cache");
}

inline Response json(const QJsonObject &message, int status = 200)
{
    return Response::full(status, compact(message));
}

/**
 * A scripted MCP endpoint at /mcp. `legacy` mimics server-everything (SDK v1: a session, SSE
 * answers with a priming event, 400 to a modern probe); `modern` a 2026-07-28 server (JSON
 * answers, 405 to GET and DELETE). A test's hook answers first when it returns a response.
 */
class HttpFake
{
public:
    using Hook = std::function<std::optional<Response>(const Request &, const QJsonObject &)>;

    explicit HttpFake(bool modern)
        : modern(modern)
    {
        server.setFallback([this](const Request &r) { return answer(r); });
    }

    QUrl url() const { return server.url(u"/mcp"); }
    McpServerConfig config() const
    {
        McpServerConfig c;
        c.transport = Mcp::Transport::Http;
        c.name = u"http-fake"_s;
        c.url = url();
        return c;
    }

    QList<Request> requestsFor(const QString &method) const
    {
        QList<Request> out;
        for (const Request &r : server.requests()) {
            if (r.method == "POST" && r.json().value("method"_L1).toString() == method)
                out.append(r);
        }
        return out;
    }
    QList<Request> requestsWithVerb(const QByteArray &verb) const
    {
        QList<Request> out;
        for (const Request &r : server.requests()) {
            if (r.method == verb)
                out.append(r);
        }
        return out;
    }

    LoopbackServer server;
    bool modern;
    bool listChanged = false; // modern: declare tools.listChanged and send one on the listen
    QByteArray session;
    int sessions = 0;
    Hook hook;

private:
    Response answer(const Request &r)
    {
        const QJsonObject body = r.json();
        if (hook) {
            if (std::optional<Response> response = hook(r, body))
                return *response;
        }
        if (r.method != "POST")
            return Response::full(405, {}).withHeader("Allow", "POST");
        const QString method = body.value("method"_L1).toString();
        const QJsonValue id = body.value("id"_L1);
        if (!body.contains("id"_L1) || !body.contains("method"_L1))
            return Response::full(202, {}, {}); // a notification or a response
        if (modern)
            return answerModern(r, method, id, body.value("params"_L1).toObject());
        if (method == "server/discover"_L1) {
            return json(rpcError(QJsonValue(), -32000, u"Bad Request: Server not initialized"_s),
                        400);
        }
        if (method == "initialize"_L1) {
            session = "sess-" + QByteArray::number(++sessions);
            Response response = sse(
                {"id: prime-0\ndata: \n\n",
                 sseMessage(
                     result(id, {{"protocolVersion"_L1, "2025-11-25"_L1},
                                 {"capabilities"_L1,
                                  QJsonObject{{"tools"_L1, QJsonObject{{"listChanged"_L1, true}}}}},
                                 {"serverInfo"_L1, QJsonObject{{"name"_L1, "http-fake"_L1},
                                                               {"version"_L1, "9"_L1}}}}),
                     "e-init")});
            return response.withHeader("Mcp-Session-Id", session);
        }
        if (r.header("mcp-session-id") != session) {
            return json(
                rpcError(QJsonValue(), -32000, u"Bad Request: No valid session ID provided"_s),
                400);
        }
        if (method == "tools/list"_L1) {
            const QJsonObject echo{{"name"_L1, "echo"_L1},
                                   {"inputSchema"_L1, QJsonObject{{"type"_L1, "object"_L1}}}};
            return json(result(id, {{"tools"_L1, QJsonArray{echo}}})); // a JSON answer
        }
        if (method == "tools/call"_L1) {
            const QString message = body.value("params"_L1)
                                        .toObject()
                                        .value("arguments"_L1)
                                        .toObject()
                                        .value("message"_L1)
                                        .toString();
            return sse(
                {"id: p\ndata: \n\n", sseMessage(result(id, text(u"Echo: "_s + message)), "e1")});
        }
        return json(rpcError(id, -32601, u"Method not found"_s));
    }

    Response answerModern(const Request &r, const QString &method, const QJsonValue &id,
                          const QJsonObject &params)
    {
        const QByteArray version = params.value("_meta"_L1)
                                       .toObject()
                                       .value("io.modelcontextprotocol/protocolVersion"_L1)
                                       .toString()
                                       .toLatin1();
        if (r.header("mcp-protocol-version") != version ||
            r.header("mcp-method") != method.toLatin1())
            return json(rpcError(id, -32020, u"Header mismatch"_s), 400);
        if (method == "server/discover"_L1) {
            return json(result(
                id, {{"resultType"_L1, "complete"_L1},
                     {"supportedVersions"_L1, QJsonArray{u"2026-07-28"_s}},
                     {"capabilities"_L1,
                      QJsonObject{{"tools"_L1, QJsonObject{{"listChanged"_L1, listChanged}}}}},
                     {"ttlMs"_L1, 0},
                     {"cacheScope"_L1, "private"_L1},
                     {"_meta"_L1, QJsonObject{{"io.modelcontextprotocol/serverInfo"_L1,
                                               QJsonObject{{"name"_L1, "modern-fake"_L1},
                                                           {"version"_L1, "2"_L1}}}}}}));
        }
        if (method == "tools/list"_L1) {
            const auto schema = [](const char *json) {
                return QJsonDocument::fromJson(json).object();
            };
            const QJsonArray tools{
                QJsonObject{{"name"_L1, "echo"_L1},
                            {"inputSchema"_L1, schema(R"({"type":"object"})")}},
                QJsonObject{{"name"_L1, "region"_L1},
                            {"inputSchema"_L1, schema(R"({"type":"object","properties":{"region":
                                {"type":"string","x-mcp-header":"Region"}}})")}},
                QJsonObject{{"name"_L1, "bad"_L1},
                            {"inputSchema"_L1, schema(R"({"type":"object","properties":{"n":
                                {"type":"number","x-mcp-header":"N"}}})")}}};
            return json(result(id, {{"resultType"_L1, "complete"_L1},
                                    {"tools"_L1, tools},
                                    {"ttlMs"_L1, 0},
                                    {"cacheScope"_L1, "private"_L1}}));
        }
        if (method == "subscriptions/listen"_L1) {
            const QJsonObject meta{{"io.modelcontextprotocol/subscriptionId"_L1, id}};
            Response stream =
                sse({sseMessage({{"jsonrpc"_L1, "2.0"_L1},
                                 {"method"_L1, "notifications/subscriptions/acknowledged"_L1},
                                 {"params"_L1, QJsonObject{{"_meta"_L1, meta},
                                                           {"notifications"_L1,
                                                            params.value("notifications"_L1)}}}}),
                     sseMessage({{"jsonrpc"_L1, "2.0"_L1},
                                 {"method"_L1, "notifications/tools/list_changed"_L1},
                                 {"params"_L1, QJsonObject{{"_meta"_L1, meta}}}})});
            stream.end = Response::End::Stall;
            return stream;
        }
        if (method == "tools/call"_L1 && params.value("name"_L1) == "inputreq"_L1) {
            if (params.value("requestState"_L1).toString() == "state-7"_L1)
                return json(result(id, text(u"state ok"_s)));
            return json(result(
                id, {{"resultType"_L1, "input_required"_L1}, {"requestState"_L1, "state-7"_L1}}));
        }
        if (method == "tools/call"_L1) {
            const QString name = params.value("name"_L1).toString();
            if (r.header("mcp-name") != name.toLatin1())
                return json(rpcError(id, -32020, u"Mcp-Name mismatch"_s), 400);
            return json(result(id, text(u"called "_s + name + u" region="_s +
                                        QString::fromLatin1(r.header("mcp-param-region")))));
        }
        return json(rpcError(id, -32601, u"Method not found"_s), 404);
    }
};
} // namespace McpHttpFake
