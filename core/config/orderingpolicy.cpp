#include "orderingpolicy.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {
struct KindName {
    OrderingPolicy::Kind kind;
    QStringView name;
};
constexpr KindName kKindNames[] = {
    {OrderingPolicy::Kind::Arrival, u"arrival"},
    {OrderingPolicy::Kind::PriorityFirst, u"priority"},
    {OrderingPolicy::Kind::Alternation, u"alternation"},
    {OrderingPolicy::Kind::AppointmentBlend, u"appointment"},
};
} // namespace

QString OrderingPolicy::kindName(Kind kind)
{
    for (const auto &entry : kKindNames) {
        if (entry.kind == kind)
            return entry.name.toString();
    }
    return {};
}

std::optional<OrderingPolicy::Kind> OrderingPolicy::kindFromName(const QString &name)
{
    for (const auto &entry : kKindNames) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

} // namespace Madoguchi
