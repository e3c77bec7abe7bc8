#include "placementpolicy.h"

#include "commands/devicecommands.h"
#include "commands/placementcommand.h"
#include "integratedpolicy.h"
#include "libvirtpolicy.h"
#include "numapolicy.h"
#include "reservepolicy.h"

namespace pcitopo {

// 240 aggregated root ports fill q35's pcie-root (§5.7); more can never be reserved there.
static constexpr int MaxReserve = 240;

std::optional<PolicySpec> PolicySpec::parse(QStringView text, QString* error) {
    PolicySpec spec;
    if (text == u"libvirt")
        return spec;
    if (text == u"integrated") {
        spec.kind = Kind::Integrated;
        return spec;
    }
    if (text == u"numa") {
        spec.kind = Kind::Numa;
        return spec;
    }
    if (text.startsWith(u"reserve:")) {
        bool ok = false;
        const int n = text.mid(8).toInt(&ok);
        if (ok && n >= 0 && n <= MaxReserve) {
            spec.kind = Kind::Reserve;
            spec.reserve = n;
            return spec;
        }
        if (error)
            *error = QStringLiteral("reserve:N needs a number N from 0 to %1, not '%2'")
                         .arg(MaxReserve)
                         .arg(text.mid(8));
        return std::nullopt;
    }
    if (error)
        *error = QStringLiteral("unknown policy '%1' (libvirt, integrated, numa or reserve:N)")
                     .arg(text);
    return std::nullopt;
}

QString PolicySpec::name() const {
    switch (kind) {
    case Kind::Libvirt:
        return QStringLiteral("libvirt");
    case Kind::Integrated:
        return QStringLiteral("integrated");
    case Kind::Numa:
        return QStringLiteral("numa");
    case Kind::Reserve:
        return QStringLiteral("reserve:%1").arg(reserve);
    }
    return {};
}

std::unique_ptr<PlacementPolicy> makePolicy(const PolicySpec& spec) {
    switch (spec.kind) {
    case PolicySpec::Kind::Libvirt:
        return std::make_unique<LibvirtPolicy>();
    case PolicySpec::Kind::Integrated:
        return std::make_unique<IntegratedPolicy>();
    case PolicySpec::Kind::Numa:
        return std::make_unique<NumaPolicy>();
    case PolicySpec::Kind::Reserve:
        return std::make_unique<ReservePolicy>(spec.reserve);
    }
    return std::make_unique<LibvirtPolicy>();
}

PolicyPlan PlacementPolicy::plan(const DomainDocument& document, const RuleTable& rules) const {
    return plan(document, *Analysis::compute(document, rules));
}

std::unique_ptr<DocumentCommand> makePolicyCommand(DomainDocument& document, const PolicyPlan& plan,
                                                   const QString& text, const RuleTable& rules,
                                                   std::shared_ptr<const Analysis> analysis) {
    auto command = std::make_unique<CompoundCommand>(document, text);
    const RuleTable* table = &rules;
    auto libvirtPass = [table, analysis](DomainDocument& d) -> std::unique_ptr<DocumentCommand> {
        return std::make_unique<ApplyPlacementCommand>(d, *table, analysis);
    };
    if (plan.libvirtFirst)
        command->addStep(libvirtPass);
    // Addresses first: setting one never shifts the position of a device among <devices>.
    for (const PlannedAddress& planned : plan.addresses) {
        command->addStep([planned](DomainDocument& d) -> std::unique_ptr<DocumentCommand> {
            // An ordinal out of range gives NoElement, which the command refuses.
            const ElementId device = d.deviceElements().value(planned.deviceOrdinal, NoElement);
            return std::make_unique<SetAddressCommand>(d, device, planned.address);
        });
    }
    for (const PlannedElement& element : plan.elements) {
        command->addStep([element](DomainDocument& d) -> std::unique_ptr<DocumentCommand> {
            return std::make_unique<AddDeviceCommand>(d, element.xml, std::nullopt);
        });
    }
    command->addStep(libvirtPass);
    return command;
}

} // namespace pcitopo
