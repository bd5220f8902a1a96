// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailmessage.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

bool isPlainAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

/// An RFC 5322 date, always in English and in UTC.
QByteArray mailDate(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s).toLatin1();
}

} // namespace

QByteArray encodeHeaderWords(const QString &text)
{
    if (isPlainAscii(text) && text.size() <= 900)
        return text.toLatin1();
    // "=?UTF-8?B?" + base64 + "?=" stays within 75 characters for up to 45 bytes of UTF-8; words are
    // split between code points, never inside one.
    constexpr qsizetype kMaxBytes = 45;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        if (chunk.size() + bytes.size() > kMaxBytes) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
        i += length;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray result;
    for (const QByteArray &word : std::as_const(words)) {
        if (!result.isEmpty())
            result += "\r\n ";
        result += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return result;
}

QByteArray formatMail(const MailMessage &message, const QDateTime &date, const QByteArray &messageId)
{
    QByteArray from = message.from.toLatin1();
    if (!message.fromName.isEmpty())
        from = encodeHeaderWords(message.fromName) + " <" + from + ">";
    QByteArray mail = "From: " + from + "\r\n" + "To: <" + message.to.toLatin1() + ">\r\n"
        + "Subject: " + encodeHeaderWords(message.subject) + "\r\n" + "Date: " + mailDate(date) + "\r\n" + "Message-ID: <" + messageId
        + ">\r\n" + "MIME-Version: 1.0\r\n" + "Content-Type: text/plain; charset=UTF-8\r\n" + "Content-Transfer-Encoding: base64\r\n"
        + "Auto-Submitted: auto-generated\r\n" + "\r\n";
    QString body = message.body;
    body.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    const QByteArray encoded = body.toUtf8().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        mail += encoded.mid(i, 76) + "\r\n";
    return mail;
}

} // namespace Madoguchi
