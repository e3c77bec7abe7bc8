#pragma once

// Placement policies (issue #4): how `pcitopo assign` and the editor's auto-assign fill in the
// PCI addresses and controllers a domain still lacks.
//
//     std::optional<PolicySpec> spec = PolicySpec::parse(u"reserve:4", &error);
//     PolicyPlan plan = makePolicy(*spec)->plan(document, RuleTable::builtin());
//     if (!plan.ok()) report(plan.errors);
//     session.execute(makePolicyCommand(session.document(), plan, spec->name()));  // one undo step
//
// Every policy works the same way: it chooses explicit addresses for some unaddressed devices
// and the controllers they need, and then lets libvirt's own placement (placeLikeLibvirt, via
// ApplyPlacementCommand) fill in the rest. So the result is what libvirt itself would write back
// for that input, an address the user set never moves (except where libvirt moves it, GROW-2,
// which is reported as a warning), and everything is one transaction of minimal splices.

#include "analysis/analysis.h"
#include "commands/documentcommand.h"
#include "document/domaindocument.h"
#include "rules/ruletable.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace pcitopo {

struct PolicySpec {
    enum class Kind {
        Libvirt,    // libvirt 9.0's own assignment (the default)
        Integrated, // endpoints integrated on the root bus while its slots last
        Numa,       // tagged devices behind an expander bus on their guest NUMA node
        Reserve,    // libvirt's layout plus room for `reserve` hotplugged devices
    };
    Kind kind = Kind::Libvirt;
    int reserve = 0; // Reserve only: N

    // "libvirt", "integrated", "numa", "reserve:N" (0 ≤ N ≤ 240). nullopt with `error` otherwise.
    static std::optional<PolicySpec> parse(QStringView text, QString* error);
    QString name() const; // as parse() reads it
};

// A problem or a note about the domain; line 0 when it concerns the whole domain.
struct PolicyMessage {
    QString message;
    SourceLocation location;
};

// An explicit address for a device that exists now, named by its position among the element
// children of <devices> (element ids change with every edit; positions do not change when an
// address is set).
struct PlannedAddress {
    int deviceOrdinal = -1;
    PciAddress address;
};

// An element inserted under <devices> (after its siblings of the same name): a controller, or a
// device libvirt would otherwise add implicitly. Its XML carries its address when it has one.
struct PlannedElement {
    QString xml;
};

struct PolicyPlan {
    QList<PolicyMessage> errors;   // the policy cannot be applied
    QList<PolicyMessage> warnings; // it can, but the user should know (GROW-2 moves, …)
    // Run libvirt's placement before the insertions (reserve:N adds ports after the layout).
    // `addresses` must then be empty, because libvirt's pass shifts device positions.
    bool libvirtFirst = false;
    QList<PlannedAddress> addresses; // applied first
    QList<PlannedElement> elements;  // then these, in order
    bool ok() const { return errors.isEmpty(); }
};

class PlacementPolicy {
public:
    virtual ~PlacementPolicy() = default;
    virtual QString name() const = 0;
    // What to do to `document`, read from its `analysis` (libvirt's placement of this revision,
    // never computed again); the document is not changed.
    virtual PolicyPlan plan(const DomainDocument& document, const Analysis& analysis) const = 0;
    // The same, analysing `document` first.
    PolicyPlan plan(const DomainDocument& document, const RuleTable& rules) const;
};

std::unique_ptr<PlacementPolicy> makePolicy(const PolicySpec& spec);

// The plan as one undoable transaction: [libvirt's placement,] the planned addresses, the
// planned elements, then libvirt's placement of everything else. Its execute() fails with
// libvirt's first message when libvirt would refuse the result.
// `analysis` (optional): the analysis of `document` as it is now; a libvirt pass that runs on
// that very text uses its placement instead of placing again.
std::unique_ptr<DocumentCommand> makePolicyCommand(DomainDocument& document, const PolicyPlan& plan,
                                                   const QString& text,
                                                   const RuleTable& rules = RuleTable::builtin(),
                                                   std::shared_ptr<const Analysis> analysis = {});

} // namespace pcitopo
