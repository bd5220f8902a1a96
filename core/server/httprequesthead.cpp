// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequesthead.h"

#include "httpgrammar.h"

#include "common/translation.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;
using Madoguchi::HttpGrammar::isFieldValue;
using Madoguchi::HttpGrammar::isToken;

namespace Madoguchi {

namespace {

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

/// The comma-separated tokens of a header such as Connection, lower-cased.
QList<QByteArray> tokens(const QByteArray &value)
{
    QList<QByteArray> result;
    for (const QByteArray &part : value.split(','))
        result.append(part.trimmed().toLower());
    return result;
}

HttpHeadParse refuse(int status, Api::ErrorCode code, const QString &message)
{
    return {std::nullopt, HttpHeadRefusal{status, code, message}};
}

HttpHeadParse malformed(const QString &message)
{
    return refuse(400, Api::ErrorCode::BadRequest, message);
}

/// The path of a request target, percent-decoded; empty when it is not UTF-8 or holds a control character.
std::optional<QString> decodedPath(QByteArrayView rawPath)
{
    const QByteArray bytes = QByteArray::fromPercentEncoding(rawPath.toByteArray());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString path = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    for (const QChar c : std::as_const(path)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return std::nullopt;
    }
    return path;
}

} // namespace

HttpHeadParse parseRequestHead(QByteArrayView bytes, const ServerLimits &limits)
{
    // Empty lines before the request line are ignored (RFC 9112 §2.2).
    qsizetype start = 0;
    while (start < bytes.size() && start < limits.headerBytes && (bytes.at(start) == '\r' || bytes.at(start) == '\n'))
        ++start;
    const QByteArrayView window = bytes.first(std::min<qsizetype>(bytes.size(), limits.headerBytes));
    qsizetype end = -1;
    qsizetype headSize = 0;
    for (qsizetype i = start; i < window.size(); ++i) {
        if (window.at(i) != '\n')
            continue;
        if (i + 1 < window.size() && window.at(i + 1) == '\n') {
            end = i;
            headSize = i + 2;
            break;
        }
        if (i + 2 < window.size() && window.at(i + 1) == '\r' && window.at(i + 2) == '\n') {
            end = i;
            headSize = i + 3;
            break;
        }
    }
    if (end < 0) {
        if (bytes.size() >= limits.headerBytes)
            return refuse(431, Api::ErrorCode::HeaderTooLarge,
                          ApiTr::tr("The request's headers are larger than %1 KiB.").arg(limits.headerBytes / 1024));
        return {};
    }

    QList<QByteArrayView> lines;
    for (QByteArrayView rest = bytes.sliced(start, end - start); !rest.isEmpty();) {
        const qsizetype newline = rest.indexOf('\n');
        QByteArrayView line = newline < 0 ? rest : rest.first(newline);
        rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return malformed(ApiTr::tr("The request has a carriage return inside a line."));
        lines.append(line);
    }
    if (lines.size() - 1 > limits.headerCount)
        return refuse(431, Api::ErrorCode::TooManyHeaders,
                      ApiTr::tr("The request has more than %1 header fields.").arg(limits.headerCount));

    // The request line: method, target, version, separated by one space each.
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> split;
        QByteArrayView rest = lines.first();
        for (qsizetype space; (space = rest.indexOf(' ')) >= 0; rest = rest.sliced(space + 1))
            split.append(rest.first(space));
        split.append(rest);
        return split;
    }();
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(0).size() > 16)
        return malformed(ApiTr::tr("The request line is not \"METHOD /path HTTP/1.1\"."));
    const QByteArrayView version = parts.at(2);
    if (!version.startsWith("HTTP/") || version.size() != 8 || version.at(6) != '.')
        return malformed(ApiTr::tr("The request line is not \"METHOD /path HTTP/1.1\"."));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refuse(505, Api::ErrorCode::HttpVersionNotSupported, ApiTr::tr("Only HTTP/1.0 and HTTP/1.1 are spoken here."));
    const bool http11 = version == "HTTP/1.1";
    const QByteArrayView target = parts.at(1);
    if (!target.startsWith('/'))
        return malformed(ApiTr::tr("The request target must be a path starting with '/'."));
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '#')
            return malformed(ApiTr::tr("The request target has a character that must be percent-encoded."));
    }

    HttpRequestHead head;
    head.method = parts.at(0).toByteArray();
    const qsizetype question = target.indexOf('?');
    const auto path = decodedPath(question < 0 ? target : target.first(question));
    if (!path)
        return malformed(ApiTr::tr("The request path decodes to a control character or to something other than UTF-8."));
    head.path = *path;
    if (question >= 0)
        head.query = QUrlQuery(QString::fromLatin1(target.sliced(question + 1)));
    head.size = headSize;

    std::optional<QByteArray> contentLength;
    int hosts = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return malformed(ApiTr::tr("Folded header lines are not accepted."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return malformed(ApiTr::tr("A header line is not \"Name: value\"."));
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return malformed(ApiTr::tr("A header value has a control character."));
        const QByteArray name = line.first(colon).toByteArray();
        head.headers.append({name, value.toByteArray()});
        const QByteArray lower = name.toLower();
        if (lower == "content-length") {
            if (contentLength && *contentLength != value)
                return malformed(ApiTr::tr("The request has two different Content-Length fields."));
            contentLength = value.toByteArray();
        } else if (lower == "transfer-encoding") {
            return refuse(501, Api::ErrorCode::NotImplemented, ApiTr::tr("Transfer-Encoding is not accepted; send Content-Length."));
        } else if (lower == "host") {
            ++hosts;
        }
    }
    if (http11 && hosts != 1)
        return malformed(ApiTr::tr("An HTTP/1.1 request needs exactly one Host field."));
    if (contentLength) {
        bool digits = !contentLength->isEmpty() && contentLength->size() <= 18;
        for (const char c : std::as_const(*contentLength))
            digits = digits && c >= '0' && c <= '9';
        if (!digits)
            return malformed(ApiTr::tr("Content-Length must be a number of bytes."));
        head.contentLength = contentLength->toLongLong();
        if (head.contentLength > limits.bodyBytes)
            return refuse(413, Api::ErrorCode::PayloadTooLarge,
                          ApiTr::tr("The request body is larger than %1 KiB.").arg(limits.bodyBytes / 1024));
    }

    const auto header = [&head](QByteArrayView name) {
        for (const auto &[key, value] : std::as_const(head.headers)) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    };
    const QList<QByteArray> connection = tokens(header("Connection"));
    head.keepAlive = http11 ? !connection.contains("close") : connection.contains("keep-alive");
    const QByteArray expect = header("Expect");
    if (!expect.isEmpty()) {
        if (expect.compare("100-continue", Qt::CaseInsensitive) != 0)
            return refuse(417, Api::ErrorCode::ExpectationFailed, ApiTr::tr("Only \"Expect: 100-continue\" is understood."));
        head.expectsContinue = http11;
    }
    head.webSocketUpgrade =
        head.method == "GET" && connection.contains("upgrade") && header("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    return {std::move(head), std::nullopt};
}

} // namespace Madoguchi
