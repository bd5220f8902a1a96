// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldcatalogue.h"

#include "common/enumnames.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr char kContext[] = "Madoguchi::Field";

const EnumName<FieldType> kTypeNames[] = {
    {FieldType::Name, u"name"},
    {FieldType::Kana, u"kana"},
    {FieldType::Text, u"text"},
    {FieldType::Address, u"address"},
    {FieldType::Date, u"date"},
    {FieldType::Choice, u"choice"},
    {FieldType::PostalCode, u"postal-code"},
    {FieldType::Phone, u"phone"},
    {FieldType::Email, u"email"},
    {FieldType::ResidenceCardNumber, u"residence-card-number"},
    {FieldType::Digits, u"digits"},
};

using enum FieldType;
using enum FieldScope;

// Lengths: the longest a municipal form's box takes, with room for long foreign names and addresses.
std::vector<FieldDefinition> buildCatalogue()
{
    return {
        //: A field of the visitor's profile and the forms: 氏 (surname)
        {"familyName"_L1, Name, Person, QT_TRANSLATE_NOOP("Madoguchi::Field", "Family name"), 40},
        //: A field of the visitor's profile and the forms: 名 (given name)
        {"givenName"_L1, Name, Person, QT_TRANSLATE_NOOP("Madoguchi::Field", "Given name"), 40},
        //: A field: the reading of the family name in katakana (フリガナ)
        {"familyNameKana"_L1, Kana, Person, QT_TRANSLATE_NOOP("Madoguchi::Field", "Family name (reading)"), 60},
        //: A field: the reading of the given name in katakana (フリガナ)
        {"givenNameKana"_L1, Kana, Person, QT_TRANSLATE_NOOP("Madoguchi::Field", "Given name (reading)"), 60},
        //: A field: 旧氏, a former surname a resident asked to have recorded (e.g. a maiden name)
        {"formerSurname"_L1, Name, Person, QT_TRANSLATE_NOOP("Madoguchi::Field", "Former surname"), 40},
        //: A field: 生年月日
        {"birthDate"_L1, Date, Person, QT_TRANSLATE_NOOP("Madoguchi::Field", "Date of birth"), 10},
        //: A field: 性別, as the resident register records it
        {"sex"_L1,
         Choice,
         Person,
         QT_TRANSLATE_NOOP("Madoguchi::Field", "Sex"),
         1,
         0,
         // ISO 5218, as the My Number card holds it.
         {{"1"_L1, QT_TRANSLATE_NOOP("Madoguchi::Field", "Male")},
          {"2"_L1, QT_TRANSLATE_NOOP("Madoguchi::Field", "Female")},
          //: A value of the field Sex: ISO 5218 code 9, as some records hold it
          {"9"_L1, QT_TRANSLATE_NOOP("Madoguchi::Field", "Not applicable")}}},
        //: A field: 続柄, the person's relationship to the head of household (e.g. 妻, 子)
        {"relationship"_L1, Text, Person, QT_TRANSLATE_NOOP("Madoguchi::Field", "Relationship to the head of household"), 20},
        //: A field for foreign residents: 国籍・地域
        {"nationality"_L1, Text, Person, QT_TRANSLATE_NOOP("Madoguchi::Field", "Nationality or region"), 40},
        //: A field for foreign residents: 在留資格 (e.g. 永住者, 技術・人文知識・国際業務)
        {"residenceStatus"_L1, Text, Person, QT_TRANSLATE_NOOP("Madoguchi::Field", "Status of residence"), 40},
        //: A field for foreign residents: 在留期間の満了日
        {"residencePeriodEnd"_L1, Date, Person, QT_TRANSLATE_NOOP("Madoguchi::Field", "Period of stay ends"), 10},
        //: A field for foreign residents: 在留カード番号 (12 characters, e.g. AB12345678CD)
        {"residenceCardNumber"_L1, ResidenceCardNumber, Person, QT_TRANSLATE_NOOP("Madoguchi::Field", "Residence card number"), 12},

        //: A field: 郵便番号
        {"postalCode"_L1, PostalCode, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Postal code"), 7},
        //: A field: 住所, the address the visitor lives at (or moves to)
        {"address"_L1, Address, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Address"), 120},
        //: A field: 方書, the building's name and the room number after the address
        {"addressDetail"_L1, Address, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Building and room"), 60},
        //: A field: 電話番号, a number to reach the visitor during the day
        {"phone"_L1, Phone, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Telephone"), 20},
        //: A field: メールアドレス
        {"email"_L1, Email, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "E-mail"), 254},
        //: A field: 世帯主, the name of the head of household
        {"householdHead"_L1, Name, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Head of household"), 40},
        //: A field: 本籍, the registered domicile of a Japanese national's family register
        {"registeredDomicile"_L1, Address, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Registered domicile"), 120},
        //: A field: 筆頭者, the person at the head of the family register
        {"registerHead"_L1, Name, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Head of the family register"), 40},
        //: A field: 異動日, the day of moving in, out or within the city
        {"movingDate"_L1, Date, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Date of the move"), 10},
        //: A field: 従前の住所, the address before the move
        {"previousAddress"_L1, Address, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Previous address"), 120},
        //: A field: the head of household at the address before the move (前住所の世帯主)
        {"previousHouseholdHead"_L1, Name, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Previous head of household"), 40},
        //: A field: 転出先, the address the visitor moves to outside the city
        {"nextAddress"_L1, Address, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Address moving to"), 120},
        //: A field: 職業 (the claimant's occupation, on a child-allowance claim)
        {"occupation"_L1, Text, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Occupation"), 30},

        //: A field: 金融機関名, the bank an allowance is paid into
        {"bankName"_L1, Text, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Bank"), 30},
        //: A field: 支店名, the bank's branch
        {"bankBranch"_L1, Text, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Branch"), 30},
        //: A field: 預金種目, the kind of bank account
        {"accountType"_L1,
         Choice,
         Visit,
         QT_TRANSLATE_NOOP("Madoguchi::Field", "Account type"),
         1,
         0,
         //: A kind of bank account: 普通
         {{"1"_L1, QT_TRANSLATE_NOOP("Madoguchi::Field", "Ordinary")},
          //: A kind of bank account: 当座
          {"2"_L1, QT_TRANSLATE_NOOP("Madoguchi::Field", "Current")}}},
        //: A field: 口座番号 (7 digits in Japan)
        {"accountNumber"_L1, Digits, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Account number"), 7, 7},
        //: A field: 口座名義 (カナ), the account holder's name as the bank writes it, in katakana
        {"accountHolderKana"_L1, Kana, Visit, QT_TRANSLATE_NOOP("Madoguchi::Field", "Account holder (reading)"), 60},
    };
}

} // namespace

std::span<const FieldDefinition> fieldCatalogue()
{
    static const std::vector<FieldDefinition> catalogue = buildCatalogue();
    return catalogue;
}

const FieldDefinition *findField(QStringView id)
{
    const auto fields = fieldCatalogue();
    const auto it = std::find_if(fields.begin(), fields.end(), [id](const FieldDefinition &field) { return field.id == id; });
    return it == fields.end() ? nullptr : &*it;
}

QString fieldTypeName(FieldType type)
{
    return nameOf(kTypeNames, type);
}

QString fieldLabel(const FieldDefinition &field, const TranslateFunction &translate)
{
    return translate(kContext, field.label);
}

QString choiceLabel(const FieldDefinition &field, QStringView code, const TranslateFunction &translate)
{
    for (const FieldChoice &choice : field.choices) {
        if (choice.code == code)
            return translate(kContext, choice.label);
    }
    return {};
}

} // namespace Madoguchi
