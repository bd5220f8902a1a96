// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardreaderfactory.h"

#include "common/translation.h"
#include "mynumbercardreader.h"
#include "pcsccardchannel.h"
#include "simdevices/fakemynumbercard.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Madoguchi {

CardResult<QStringList> listCardReaders()
{
    PcscContext context;
    if (auto established = context.establish(); !established)
        return established.error();
    return context.readers();
}

CardResult<std::unique_ptr<CardReader>> makeCardReader(const QString &address)
{
    if (!address.startsWith(u"sim:"_s)) {
        return std::unique_ptr<CardReader>(std::make_unique<MyNumberCardReader>([address] { return PcscCardChannel::connect(address); }));
    }
    const QUrlQuery query(QUrl(address).query());
    const QList<FakeCardProfile> holders = sampleCardHolders();
    const int holder = query.hasQueryItem(u"holder"_s) ? query.queryItemValue(u"holder"_s).toInt() : 1;
    if (holder < 1 || holder > holders.size())
        return CardError{CardErrorCode::NoReader, DevicesTr::tr("The simulated reader has sample holders 1 to %1.").arg(holders.size())};
    FakeCardProfile profile = holders.at(holder - 1);
    if (query.hasQueryItem(u"tries"_s))
        profile.triesLeft = std::clamp(query.queryItemValue(u"tries"_s).toInt(), 0, 3);
    auto card = std::make_shared<FakeMyNumberCard>(profile);
    return std::unique_ptr<CardReader>(std::make_unique<MyNumberCardReader>([card]() -> CardResult<std::unique_ptr<CardChannel>> {
        return std::unique_ptr<CardChannel>(std::make_unique<FakeCardConnection>(*card));
    }));
}

} // namespace Madoguchi
