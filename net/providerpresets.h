// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFlags>
#include <QList>
#include <QString>

#include <memory>

class WireFormat;

/** @brief A known provider: its protocol, default endpoint and where its key comes from. */
struct ProviderPreset
{
    enum class Wire { OpenAi, Anthropic, Gemini, Ollama };
    enum Capability {
        Tools = 0x1,             /**< function / tool calling */
        Reasoning = 0x2,         /**< reasoning effort or thinking budget */
        JsonSchema = 0x4,        /**< structured output with a JSON schema */
        ModelListing = 0x8,      /**< a model list endpoint */
        LocalServer = 0x10,      /**< runs on this machine; no key needed */
        NeedsOutputLimit = 0x20, /**< fills its whole context unless a max_tokens is sent */
        NoImages = 0x40,         /**< none of its models reads images (else: per model) */
        PdfDocuments = 0x80,     /**< reads PDFs itself (OpenAI-compatible `file` parts) */
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    QString id; /**< the prefix of `provider/model` */
    QString displayName;
    Wire wire = Wire::OpenAi;
    QString defaultBaseUrl; /**< what the provider's official SDK takes as base URL */
    QString apiKeyEnv;      /**< environment variable holding the key; empty for local servers */
    bool useMaxCompletionTokens = false;
    Capabilities capabilities;
    /** The model a new provider starts with; empty: the first model the server lists. */
    QString defaultModel;

    /** The output limit sent when a request sets none (servers with NeedsOutputLimit). */
    static constexpr qint64 kDefaultOutputLimit = 4096;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(ProviderPreset::Capabilities)

/**
 * @brief The one table of providers. Nothing outside it branches on provider or model names:
 * what differs between protocols is in the wire formats (wireformat.h), what differs between
 * providers of one protocol is in this table.
 */
namespace ProviderPresets {
const QList<ProviderPreset> &all();
const ProviderPreset *find(QStringView id);
/**
 * The provider a new setup starts with, and the one used when only its key is in the
 * environment: the first of the table (OpenAI).
 */
const ProviderPreset &primary();
/**
 * An OpenAI-compatible server that is not in the table (id "custom"): no default URL, no key
 * variable, no capabilities assumed. Not part of all().
 */
const ProviderPreset &custom();
/** The wire format of @p preset, with the options its provider needs. */
std::shared_ptr<const WireFormat> makeWire(const ProviderPreset &preset);

/** Splits `provider/model` at the first slash when the prefix is a known preset id. */
struct Address
{
    const ProviderPreset *preset = nullptr;
    QString model;
};
Address parseAddress(const QString &address);
} // namespace ProviderPresets
