// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// confab-crash-writer: streams one answer from an OpenAI-compatible server into a history
// database through AnswerRecorder, for tst_storecrash, which kills it with SIGKILL. Prints
// "message <id>" first, then "<monotonic ms> <characters received>" after every delta.

#include "answerrecorder.h"
#include "chatstream.h"
#include "conversationstore.h"
#include "networkaccess.h"
#include "openaiwire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
/** Milliseconds on the monotonic clock, comparable between processes. */
qint64 monotonicMs()
{
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: confab-crash-writer DATABASE BASE_URL\n");
        return 2;
    }
    ConversationStore store;
    if (!store.open(args.at(1))) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    ConversationInfo info;
    info.title = u"Crash test"_s;
    info.model = u"crash-model"_s;
    const qint64 conversation = store.createConversation(info);
    Message question;
    question.conversationId = conversation;
    question.text = u"Tell me a long story"_s;
    const qint64 questionId = store.appendMessage(question);
    Message answer;
    answer.conversationId = conversation;
    answer.parentId = questionId;
    answer.author = Message::Author::Assistant;
    answer.state = Message::State::Streaming;
    answer.modelName = info.model;
    answer.id = store.appendMessage(answer);
    std::printf("message %lld\n", answer.id);
    std::fflush(stdout);

    QNetworkAccessManager *network = NetworkAccess::createManager(&app);
    ChatRequest request;
    request.model = info.model;
    request.messages.append({ChatMessage::Role::User, question.text, {}, {}, {}, {}});
    StreamLimits limits;
    limits.maxRetries = 0;
    ChatStream stream(network, std::make_shared<OpenAiWire>(),
                      ProviderEndpoint{QUrl(args.at(2)), u"sk-test"_s, {}}, request, limits);
    AnswerRecorder recorder(&store, answer);
    recorder.attach(&stream);
    qsizetype received = 0;
    QObject::connect(&stream, &ChatStream::textReceived, &app, [&](const QString &text) {
        received += text.size();
        std::printf("%lld %lld\n", monotonicMs(), static_cast<long long>(received));
        std::fflush(stdout);
    });
    QObject::connect(&stream, &ChatStream::finished, &app, &QCoreApplication::quit);
    stream.start();
    return app.exec();
}
