// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shared field catalogue: one table of fields with unique ids and labels; each field type's
// normalisation and validation as tables of typed values; names kept character for character;
// values shown in the Western and the era calendar.
#include "common/languagecatalogs.h"
#include "profile/fieldcatalogue.h"
#include "profile/fieldvalue.h"
#include "profile/textwidth.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

namespace {

const FieldDefinition &field(QStringView id)
{
    const FieldDefinition *found = findField(id);
    REQUIRE(found);
    return *found;
}

QString kept(QStringView id, const QString &typed)
{
    const auto result = normaliseFieldValue(field(id), typed);
    INFO(typed.toStdString() << ": " << (result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result);
    return *result;
}

FieldErrorCode refusal(QStringView id, const QString &typed)
{
    const auto result = normaliseFieldValue(field(id), typed);
    INFO(typed.toStdString());
    REQUIRE_FALSE(result);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK_FALSE(result.error().message.contains(typed)); // a message never repeats personal data
    return result.error().code;
}

} // namespace

TEST_CASE("The catalogue holds each field once, with a label, and what the forms ask for", "[fields]")
{
    QSet<QString> ids;
    for (const FieldDefinition &f : fieldCatalogue()) {
        INFO(f.id.data());
        CHECK_FALSE(ids.contains(QString(f.id)));
        ids.insert(QString(f.id));
        CHECK(f.label != nullptr);
        CHECK(f.maxLength > 0);
        CHECK((f.type == FieldType::Choice) == !f.choices.isEmpty());
    }
    for (const char *id : {"familyName",    "givenName",       "familyNameKana",
                           "givenNameKana", "formerSurname",   "birthDate",
                           "sex",           "postalCode",      "address",
                           "addressDetail", "phone",           "email",
                           "householdHead", "relationship",    "registeredDomicile",
                           "registerHead",  "previousAddress", "previousHouseholdHead",
                           "movingDate",    "nationality",     "residenceCardNumber"}) {
        INFO(id);
        CHECK(ids.contains(QString::fromLatin1(id)));
    }
    CHECK(field(u"birthDate").scope == FieldScope::Person); // a column of the household rows
    CHECK(field(u"address").scope == FieldScope::Visit);
    CHECK_FALSE(findField(u"individualNumber")); // 個人番号 is never part of a profile
    CHECK_FALSE(findField(u"nosuch"));
}

TEST_CASE("Labels and choices are told in every language of the office", "[fields]")
{
    const LanguageCatalogs catalogs({u"ja"_s, u"en"_s, u"vi"_s});
    const auto in = [&](const QString &language) {
        return [&catalogs, language](const char *context, const char *source) { return catalogs.translate(language, context, source); };
    };
    CHECK(fieldLabel(field(u"familyName"), in(u"ja"_s)) == u"氏"_s);
    CHECK(fieldLabel(field(u"familyName"), in(u"en"_s)) == u"Family name"_s);
    CHECK(fieldLabel(field(u"familyName"), in(u"vi"_s)) != u"Family name"_s);
    CHECK(choiceLabel(field(u"sex"), u"2", in(u"ja"_s)) == u"女"_s);
    CHECK(choiceLabel(field(u"sex"), u"7", in(u"ja"_s)).isEmpty());
    CHECK(displayFieldValue(field(u"sex"), u"1"_s, u"ja"_s, DateStyle::Western, in(u"ja"_s)) == u"男"_s);
}

TEST_CASE("Names are kept exactly as written: no kanji replaced, widths and spaces made uniform", "[fields]")
{
    CHECK(kept(u"familyName", u"𠮷田"_s) == u"𠮷田"_s);                 // U+20BB7, outside the BMP
    CHECK(kept(u"familyName", u"髙橋"_s) == u"髙橋"_s);                 // not 高
    CHECK(kept(u"familyName", u"山﨑"_s) == u"山﨑"_s);                 // U+FA11, not 崎
    CHECK(kept(u"familyName", u"辻\U000E0100"_s) == u"辻\U000E0100"_s); // an ideographic variation sequence
    CHECK(kept(u"familyName", u"塚\uFA10"_s) == u"塚\uFA10"_s);         // a compatibility ideograph NFC would replace
    CHECK(kept(u"givenName", u"　花子　"_s) == u"花子"_s);
    CHECK(kept(u"givenName", u"ＮＧＵＹＥＮ  Ｖａｎ"_s) == u"NGUYEN Van"_s);
    CHECK(kept(u"givenName", u"ﾀﾛｳ"_s) == u"タロウ"_s);
    CHECK(kept(u"householdHead", u"山田  太郎"_s) == u"山田\u3000太郎"_s);
    CHECK(kept(u"givenName", u"O'Brien-Smith"_s) == u"O'Brien-Smith"_s);
    CHECK(refusal(u"givenName", u"花子2"_s) == FieldErrorCode::NotText);
    CHECK(refusal(u"givenName", u"花子２"_s) == FieldErrorCode::NotText);
    CHECK(refusal(u"givenName", u"<b>"_s) == FieldErrorCode::NotText);
    CHECK(refusal(u"givenName", u"花\n子"_s) == FieldErrorCode::NotText);
    CHECK(refusal(u"givenName", u"　 "_s) == FieldErrorCode::Empty);
    CHECK(refusal(u"givenName", QString(41, u'あ')) == FieldErrorCode::TooLong);
    CHECK(kept(u"givenName", u"𠮷"_s.repeated(20)).size() == 40); // 20 characters, 40 UTF-16 units
}

TEST_CASE("Readings are katakana, typed in hiragana, half-width or katakana", "[fields]")
{
    CHECK(kept(u"familyNameKana", u"やまだ"_s) == u"ヤマダ"_s);
    CHECK(kept(u"familyNameKana", u"ﾔﾏﾀﾞ"_s) == u"ヤマダ"_s);
    CHECK(kept(u"givenNameKana", u"ﾊﾟｳﾛ"_s) == u"パウロ"_s);
    CHECK(kept(u"givenNameKana", u"ｳﾞｨﾝ"_s) == u"ヴィン"_s);
    CHECK(kept(u"givenNameKana", u"ガッコウ"_s) == u"ガッコウ"_s);
    CHECK(kept(u"givenNameKana", u"グエン・ヴァン　アン"_s) == u"グエン・ヴァン\u3000アン"_s);
    CHECK(kept(u"accountHolderKana", u"ﾔﾏﾀﾞ ﾊﾅｺ"_s) == u"ヤマダ\u3000ハナコ"_s);
    CHECK(refusal(u"familyNameKana", u"山田"_s) == FieldErrorCode::NotKana);
    CHECK(refusal(u"familyNameKana", u"Yamada"_s) == FieldErrorCode::NotKana);
    CHECK(katakanaToHiragana(u"ヤマダ ハナコ") == u"やまだ はなこ"_s);
}

TEST_CASE("Dates are kept as YYYY-MM-DD and shown in either calendar", "[fields]")
{
    CHECK(kept(u"birthDate", u"平成2年4月1日"_s) == u"1990-04-01"_s);
    CHECK(kept(u"birthDate", u"H2.4.1"_s) == u"1990-04-01"_s);
    CHECK(kept(u"movingDate", u"令和元年5月1日"_s) == u"2019-05-01"_s);
    CHECK(refusal(u"movingDate", u"平成31年5月1日"_s) == FieldErrorCode::NoSuchDate);
    CHECK(refusal(u"birthDate", u"1990-02-30"_s) == FieldErrorCode::NoSuchDate);
    const FieldDefinition &birth = field(u"birthDate");
    CHECK(displayFieldValue(birth, u"2019-05-01"_s, u"ja"_s, DateStyle::Wareki) == u"令和元年5月1日"_s);
    CHECK(displayFieldValue(birth, u"2019-04-30"_s, u"ja"_s, DateStyle::Wareki) == u"平成31年4月30日"_s);
    CHECK(displayFieldValue(birth, u"2019-05-01"_s, u"ja"_s, DateStyle::Western) == u"2019年5月1日"_s);
    CHECK(displayFieldValue(birth, u"2019-05-01"_s, u"en"_s, DateStyle::Western) == u"2019-05-01"_s);
    CHECK(displayFieldValue(birth, u"1870-05-01"_s, u"ja"_s, DateStyle::Wareki) == u"1870年5月1日"_s); // no era before 1873
}

TEST_CASE("Postal codes, telephones, e-mail, card and account numbers", "[fields]")
{
    CHECK(kept(u"postalCode", u"〒123-4567"_s) == u"1234567"_s);
    CHECK(kept(u"postalCode", u"１２３ー４５６７"_s) == u"1234567"_s);
    CHECK(displayFieldValue(field(u"postalCode"), u"1234567"_s, u"ja"_s) == u"123-4567"_s);
    CHECK(refusal(u"postalCode", u"987-654"_s) == FieldErrorCode::BadPostalCode);
    CHECK(refusal(u"postalCode", u"12a-4567"_s) == FieldErrorCode::BadPostalCode);

    CHECK(kept(u"phone", u"０９０ー１２３４ー５６７８"_s) == u"090-1234-5678"_s);
    CHECK(kept(u"phone", u"03(1234)5678"_s) == u"03-1234-5678"_s);
    CHECK(kept(u"phone", u"0312345678"_s) == u"0312345678"_s);
    CHECK(kept(u"phone", u"+84 90 123 4567"_s) == u"+84-90-123-4567"_s);
    CHECK(refusal(u"phone", u"12345"_s) == FieldErrorCode::BadPhone);
    CHECK(refusal(u"phone", u"1234567890"_s) == FieldErrorCode::BadPhone); // no leading 0
    CHECK(refusal(u"phone", u"090-1234-567x"_s) == FieldErrorCode::BadPhone);

    CHECK(kept(u"email", u" Hanako@Example.JP "_s) == u"Hanako@example.jp"_s);
    CHECK(kept(u"email", u"ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ"_s) == u"hanako@example.jp"_s);
    CHECK(refusal(u"email", u"hanako@localhost"_s) == FieldErrorCode::BadEmail);
    CHECK(refusal(u"email", u"a@b.jp\r\nBcc: x@y.jp"_s) == FieldErrorCode::BadEmail);

    CHECK(kept(u"residenceCardNumber", u"ab 12345678 cd"_s) == u"AB12345678CD"_s);
    CHECK(refusal(u"residenceCardNumber", u"AB1234567CD"_s) == FieldErrorCode::BadCardNumber);

    CHECK(kept(u"accountNumber", u"１２３４５６７"_s) == u"1234567"_s);
    CHECK(refusal(u"accountNumber", u"123456"_s) == FieldErrorCode::BadDigits);

    CHECK(kept(u"sex", u"２"_s) == u"2"_s);
    CHECK(refusal(u"sex", u"3"_s) == FieldErrorCode::UnknownChoice);
}

TEST_CASE("Addresses and free texts keep their kanji, with uniform digits and dashes", "[fields]")
{
    CHECK(kept(u"address", u"東京都千代田区霞が関１ー２ー３"_s) == u"東京都千代田区霞が関1-2-3"_s);
    CHECK(kept(u"address", u"川口市青木２丁目１番１号"_s) == u"川口市青木2丁目1番1号"_s);
    CHECK(kept(u"addressDetail", u"ｺｰﾎﾟ  101号室"_s) == u"コーポ 101号室"_s);
    CHECK(kept(u"nationality", u"ベトナム"_s) == u"ベトナム"_s);
    CHECK(refusal(u"address", u"川口市\u0007"_s) == FieldErrorCode::NotText);
    CHECK(refusal(u"address", QString(121, u'町')) == FieldErrorCode::TooLong);
}
