// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "localdiscovery.h"
#include "providerservice.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

/**
 * @brief What Confab can offer on first start: model servers running on this machine and API
 * keys in the environment (OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY, … — every preset's
 * variable). accept() turns an offer into a configured provider in one step.
 *
 * Offers: [{kind: "local"|"environment", presetId, name, baseUrl, envVar, models, model}]
 * where models is the number of models found and model the one a chat will start with.
 * An environment offer reads the key from the variable; nothing is copied anywhere.
 */
class FirstRunOffer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged FINAL)
    Q_PROPERTY(QVariantList offers READ offers NOTIFY offersChanged FINAL)
    /** True on a first start: no provider yet and the offer was not dismissed. */
    Q_PROPERTY(bool shouldOffer READ shouldOffer NOTIFY shouldOfferChanged FINAL)
    /** The providers an offer or a preset card is added to (the page's short form). */
    Q_PROPERTY(ProviderService *service READ service CONSTANT FINAL)

public:
    FirstRunOffer(ProviderService *service,
                  QList<LocalDiscovery::Probe> probes = LocalDiscovery::defaultProbes(),
                  int timeoutMs = 1'500, QObject *parent = nullptr);

    bool isSearching() const { return m_discovery.isRunning(); }
    QVariantList offers() const { return m_offers; }
    bool shouldOffer() const;
    ProviderService *service() const { return m_service; }

    /** Looks for local servers (and reads the environment at once). */
    Q_INVOKABLE void start();
    /** Adds the provider of offer @p index, makes it the default; returns its id. */
    Q_INVOKABLE QString accept(int index);
    /** Not now: the offer is not shown again. */
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void searchingChanged();
    void offersChanged();
    void shouldOfferChanged();

private:
    void onServerFound(const LocalServer &server);

    ProviderService *m_service;
    LocalDiscovery m_discovery;
    QVariantList m_offers;
    QHash<QString, QList<ModelInfo>> m_foundModels; // by base URL
};
