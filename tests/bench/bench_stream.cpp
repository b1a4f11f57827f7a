// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
//
// Streaming benchmark: N deltas in the OpenAI, Anthropic and Ollama formats from a loopback
// server (a thread of this process, one write per event), received once by `confab-cli --json >
// /dev/null` and once by `curl -N -s -o /dev/null` as the floor. Prints CPU seconds (user+sys), µs
// per delta and peak RSS of each child, and their ratios.
//
// Usage: bench_stream CONFAB_CLI [N ...]        (default N: 10000 100000)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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
    void serve(const std::string *body, const char *contentType, const char *separator)
    {
        m_body = body;
        m_contentType = contentType;
        m_separator = separator;
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
        // One HTTP chunk, and one send(), per event: how a model server streams tokens.
        const std::string &body = *m_body;
        const std::string separator = m_separator;
        std::string frame;
        for (size_t at = 0; at < body.size();) {
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

/** The best (lowest CPU) of @p rounds runs; RSS of that run. */
Measure best(const std::vector<std::string> &args, int rounds)
{
    Measure result;
    for (int i = 0; i < rounds; ++i) {
        const Measure m = runChild(args);
        if (m.status != 0)
            return m;
        if (i == 0 || m.cpuSeconds < result.cpuSeconds)
            result = m;
    }
    return result;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CONFAB_CLI [N ...]\n", argv[0]);
        return 2;
    }
    const std::string cli = argv[1];
    // bench_qnam_floor is built next to this program.
    std::string floorTool = argv[0];
    floorTool = floorTool.substr(0, floorTool.find_last_of('/') + 1) + "bench_qnam_floor";
    std::vector<int> counts;
    for (int i = 2; i < argc; ++i)
        counts.push_back(std::atoi(argv[i]));
    if (counts.empty())
        counts = {10000, 100000};
    ::setenv("OPENAI_API_KEY", "bench", 1);
    ::setenv("ANTHROPIC_API_KEY", "bench", 1);

    Server server;
    const std::string base = "http://127.0.0.1:" + std::to_string(server.port());
    std::printf("%-10s %8s  %-10s %9s %10s %9s   %s\n", "format", "deltas", "client", "cpu_s",
                "us/delta", "rss_mb", "ratios");
    bool failed = false;
    for (const Format &format : kFormats) {
        for (const int n : counts) {
            const std::string body = format.body(n);
            server.serve(&body, format.contentType,
                         std::string(format.name) == "ollama" ? "\n" : "\n\n");
            const std::string url = base + format.path;
            const std::string cliBase = std::string(format.name) == "openai" ? base + "/v1" : base;
            const Measure curl =
                best({"curl", "-N", "-s", "-o", "/dev/null", "-X", "POST", "-H",
                      "Content-Type: application/json", "-d", "{\"stream\":true}", url},
                     3);
            const Measure confab =
                best({cli, "--json", "-m", format.model, "--base-url", cliBase, "hello"}, 3);
            const Measure floor = best({floorTool, url}, 3);
            if (curl.status != 0 || confab.status != 0) {
                std::printf("%-10s %8d  run failed (curl exit %d, confab-cli exit %d)\n",
                            format.name, n, curl.status, confab.status);
                failed = true;
                continue;
            }
            std::printf("%-10s %8d  %-10s %9.3f %10.2f %9.1f\n", format.name, n, "curl",
                        curl.cpuSeconds, curl.cpuSeconds * 1e6 / n, curl.peakRssMb);
            if (floor.status == 0) {
                std::printf("%-10s %8d  %-10s %9.3f %10.2f %9.1f\n", format.name, n, "qnam-floor",
                            floor.cpuSeconds, floor.cpuSeconds * 1e6 / n, floor.peakRssMb);
            }
            std::printf("%-10s %8d  %-10s %9.3f %10.2f %9.1f   cpu %.2fx curl, rss %.2fx curl",
                        format.name, n, "confab-cli", confab.cpuSeconds,
                        confab.cpuSeconds * 1e6 / n, confab.peakRssMb,
                        confab.cpuSeconds / std::max(curl.cpuSeconds, 1e-3),
                        confab.peakRssMb / std::max(curl.peakRssMb, 1e-3));
            if (floor.status == 0) {
                std::printf("; cpu %.2fx qnam-floor",
                            confab.cpuSeconds / std::max(floor.cpuSeconds, 1e-3));
            }
            std::printf("\n");
            std::fflush(stdout);
        }
    }
    return failed ? 1 : 0;
}
