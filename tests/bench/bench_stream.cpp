// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
//
// Streaming benchmark: N deltas in the OpenAI, Anthropic and Ollama formats from a loopback
// server (a thread of this process, one HTTP chunk and one send() per event), received by
// `confab-cli --json > /dev/null`, by a bare QNetworkAccessManager client that reads and discards
// the same bytes (bench_qnam_floor, the target: confab-cli within 1.5x of it) and by
// `curl -N -s -o /dev/null` (an extra column). Prints, per format, the CPU seconds (user+sys) of
// each client, confab-cli's ratio to the QNAM floor and to curl, µs per delta and peak RSS.
//
// Usage: bench_stream CONFAB_CLI [--paced US] [--rounds R] [N ...]
//   --paced US   wait US microseconds between events, like a fast model (the CPU target is
//                measured with --paced 500 5000); without it the events are sent back to back
//   --rounds R   runs per client, the clients taking turns; the lowest CPU time counts
//                (default 3; noise only adds)
//   --wrap CMD   run confab-cli and the floor under CMD, split at spaces (e.g. "valgrind
//                --tool=callgrind", whose instruction counts do not depend on the machine's
//                load; give a longer --paced gap so that the slowed client keeps up); no curl
//   N            deltas per stream (default: 10000 100000, or 5000 when paced)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <thread>
#include <vector>

namespace {
struct Format
{
    const char *name;
    const char *model; // confab-cli -m value
    const char *path;  // request path the client uses
    const char *contentType;
    std::string (*body)(int n);
};

const char *word(int i)
{
    static const char *words[] = {"The ", "quick ", "**brown** ", "fox ",     "`jumps` ", "over ",
                                  "the ", "lazy ",  "dog. ",      "Ünïcödé ", "😀 ",       "and\\n"};
    return words[i % 12];
}

std::string openAiBody(int n)
{
    std::string s;
    s.reserve(size_t(n) * 150);
    s += "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
         "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
         "\"content\":\"\"},\"finish_reason\":null}]}\n\n";
    for (int i = 0; i < n; ++i) {
        s += "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
             "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"";
        s += word(i);
        s += "\"},\"finish_reason\":null}]}\n\n";
    }
    s += "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
         "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
    s += "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
         "\"model\":\"m\",\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":" +
         std::to_string(n) + ",\"total_tokens\":" + std::to_string(n + 10) + "}}\n\n";
    s += "data: [DONE]\n\n";
    return s;
}

std::string anthropicBody(int n)
{
    std::string s;
    s.reserve(size_t(n) * 140);
    s += "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\","
         "\"type\":\"message\",\"role\":\"assistant\",\"content\":[],\"model\":\"m\","
         "\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}\n\n";
    s += "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
         "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n";
    for (int i = 0; i < n; ++i) {
        s += "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
             "\"delta\":{\"type\":\"text_delta\",\"text\":\"";
        s += word(i);
        s += "\"}}\n\n";
    }
    s += "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n";
    s += "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
         "\"end_turn\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":" +
         std::to_string(n) + "}}\n\n";
    s += "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
    return s;
}

std::string ollamaBody(int n)
{
    std::string s;
    s.reserve(size_t(n) * 130);
    for (int i = 0; i < n; ++i) {
        s += "{\"model\":\"m\",\"created_at\":\"2026-11-21T10:00:00.000000Z\",\"message\":"
             "{\"role\":\"assistant\",\"content\":\"";
        s += word(i);
        s += "\"},\"done\":false}\n";
    }
    s += "{\"model\":\"m\",\"created_at\":\"2026-11-21T10:00:00.000000Z\",\"message\":{\"role\":"
         "\"assistant\",\"content\":\"\"},\"done_reason\":\"stop\",\"done\":true,"
         "\"prompt_eval_count\":10,\"eval_count\":" +
         std::to_string(n) + "}\n";
    return s;
}

const Format kFormats[] = {
    {"openai", "openai/m", "/v1/chat/completions", "text/event-stream", openAiBody},
    {"anthropic", "anthropic/m", "/v1/messages", "text/event-stream", anthropicBody},
    {"ollama", "ollama/m", "/api/chat", "application/x-ndjson", ollamaBody},
};

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

/** Serves @p body (chunked, 16 KiB per chunk) to every connection until stopped. */
class Server
{
public:
    Server()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
            ::listen(m_fd, 16) != 0) {
            std::perror("bench_stream: listen");
            std::exit(1);
        }
        socklen_t len = sizeof addr;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~Server()
    {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_thread.join();
    }
    int port() const { return m_port; }
    /** @p gapUs: pause between events (0: back to back). */
    void serve(const std::string *body, const char *contentType, const char *separator, long gapUs)
    {
        m_body = body;
        m_contentType = contentType;
        m_separator = separator;
        m_gapUs = gapUs;
    }

private:
    void run()
    {
        while (!m_stop) {
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0)
                continue;
            handle(client);
            ::close(client);
        }
    }
    void handle(int client)
    {
        // Read the request head and its Content-Length body.
        std::string request;
        char buffer[65536];
        size_t headEnd = std::string::npos;
        while (headEnd == std::string::npos) {
            const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
            if (n <= 0)
                return;
            request.append(buffer, size_t(n));
            headEnd = request.find("\r\n\r\n");
        }
        size_t contentLength = 0;
        for (const char *key : {"Content-Length: ", "content-length: "}) {
            const size_t at = request.find(key);
            if (at != std::string::npos && at < headEnd)
                contentLength = std::strtoul(request.c_str() + at + std::strlen(key), nullptr, 10);
        }
        while (request.size() < headEnd + 4 + contentLength) {
            const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
            if (n <= 0)
                return;
            request.append(buffer, size_t(n));
        }
        std::string head = "HTTP/1.1 200 OK\r\nContent-Type: ";
        head += m_contentType;
        head += "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        if (!writeAll(client, head.data(), head.size()))
            return;
        // One HTTP chunk, and one send(), per event: how a model server streams tokens. Paced
        // events keep to a schedule (start + i * gap), so a late wake-up does not slow the rest.
        const std::string &body = *m_body;
        const std::string separator = m_separator;
        std::string frame;
        timespec due{};
        ::clock_gettime(CLOCK_MONOTONIC, &due);
        for (size_t at = 0; at < body.size();) {
            if (m_gapUs > 0 && at > 0) {
                due.tv_nsec += m_gapUs * 1000;
                while (due.tv_nsec >= 1'000'000'000) {
                    due.tv_nsec -= 1'000'000'000;
                    ++due.tv_sec;
                }
                ::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &due, nullptr);
            }
            size_t end = body.find(separator, at);
            end = end == std::string::npos ? body.size() : end + separator.size();
            char prefix[32];
            const int p = std::snprintf(prefix, sizeof prefix, "%zx\r\n", end - at);
            frame.assign(prefix, size_t(p));
            frame.append(body, at, end - at);
            frame += "\r\n";
            if (!writeAll(client, frame.data(), frame.size()))
                return;
            at = end;
        }
        writeAll(client, "0\r\n\r\n", 5);
    }

    int m_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    const std::string *m_body = nullptr;
    const char *m_contentType = "";
    const char *m_separator = "\n\n";
    long m_gapUs = 0;
    std::thread m_thread;
};

struct Measure
{
    double cpuSeconds = 0;
    double peakRssMb = 0;
    int status = -1;
};

Measure runChild(const std::vector<std::string> &args)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, STDOUT_FILENO);
        std::vector<char *> argv;
        for (const auto &a : args)
            argv.push_back(const_cast<char *>(a.c_str()));
        argv.push_back(nullptr);
        ::execvp(argv[0], argv.data());
        std::perror("bench_stream: exec");
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    Measure m;
    m.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    m.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    m.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

std::vector<std::string> split(const std::string &text)
{
    std::vector<std::string> words;
    size_t at = 0;
    while (at < text.size()) {
        const size_t end = std::min(text.find(' ', at), text.size());
        if (end > at)
            words.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    return words;
}

std::vector<std::string> operator+(std::vector<std::string> a, const std::vector<std::string> &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

/** Keeps the best (lowest CPU) of several runs and its RSS; a failed run is kept as failed. */
void keepBest(Measure &best, const Measure &run, bool first)
{
    if (best.status != 0 && !first)
        return;
    if (first || run.status != 0 || run.cpuSeconds < best.cpuSeconds)
        best = run;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CONFAB_CLI [--paced US] [--rounds R] [N ...]\n", argv[0]);
        return 2;
    }
    const std::string cli = argv[1];
    // bench_qnam_floor is built next to this program.
    std::string floorTool = argv[0];
    floorTool = floorTool.substr(0, floorTool.find_last_of('/') + 1) + "bench_qnam_floor";
    long gapUs = 0;
    int rounds = 3;
    std::vector<std::string> wrap;
    std::vector<int> counts;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--paced" && i + 1 < argc)
            gapUs = std::atol(argv[++i]);
        else if (arg == "--wrap" && i + 1 < argc)
            wrap = split(argv[++i]);
        else if (arg == "--rounds" && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else
            counts.push_back(std::atoi(argv[i]));
    }
    if (counts.empty())
        counts = gapUs > 0 ? std::vector<int>{5000} : std::vector<int>{10000, 100000};
    ::setenv("OPENAI_API_KEY", "bench", 1);
    ::setenv("ANTHROPIC_API_KEY", "bench", 1);

    Server server;
    const std::string base = "http://127.0.0.1:" + std::to_string(server.port());
    if (gapUs > 0)
        std::printf("paced: %ld us between events; ", gapUs);
    std::printf("lowest CPU of %d runs per client\n", rounds);
    std::printf("%-10s %7s %9s %9s %8s %9s %8s %9s %9s %9s\n", "format", "deltas", "confab_s",
                "floor_s", "x_floor", "curl_s", "x_curl", "us/delta", "rss_mb", "floor_mb");
    bool failed = false;
    for (const Format &format : kFormats) {
        for (const int n : counts) {
            const std::string body = format.body(n);
            server.serve(&body, format.contentType,
                         std::string(format.name) == "ollama" ? "\n" : "\n\n", gapUs);
            const std::string url = base + format.path;
            const std::string cliBase = std::string(format.name) == "openai" ? base + "/v1" : base;
            // The clients take turns, so that a busy spell of the machine hits them alike.
            Measure confab;
            Measure floor;
            Measure curl;
            for (int round = 0; round < rounds; ++round) {
                keepBest(confab,
                         runChild(wrap + std::vector<std::string>{cli, "--json", "-m", format.model,
                                                                  "--base-url", cliBase, "hello"}),
                         round == 0);
                keepBest(floor, runChild(wrap + std::vector<std::string>{floorTool, url}),
                         round == 0);
                if (wrap.empty()) {
                    keepBest(curl,
                             runChild({"curl", "-N", "-s", "-o", "/dev/null", "-X", "POST", "-H",
                                       "Content-Type: application/json", "-d", "{\"stream\":true}",
                                       url}),
                             round == 0);
                }
            }
            if (confab.status != 0 || floor.status != 0) {
                std::printf("%-10s %7d  run failed (confab-cli exit %d, qnam-floor exit %d)\n",
                            format.name, n, confab.status, floor.status);
                failed = true;
                continue;
            }
            std::printf("%-10s %7d %9.3f %9.3f %8.2f", format.name, n, confab.cpuSeconds,
                        floor.cpuSeconds, confab.cpuSeconds / std::max(floor.cpuSeconds, 1e-3));
            if (curl.status == 0) {
                std::printf(" %9.3f %8.2f", curl.cpuSeconds,
                            confab.cpuSeconds / std::max(curl.cpuSeconds, 1e-3));
            } else {
                std::printf(" %9s %8s", "-", "-"); // no curl: the target does not need it
            }
            std::printf(" %9.2f %9.1f %9.1f\n", confab.cpuSeconds * 1e6 / n, confab.peakRssMb,
                        floor.peakRssMb);
            std::fflush(stdout);
        }
    }
    return failed ? 1 : 0;
}
