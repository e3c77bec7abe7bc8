#pragma once

// One truth per document revision: the inventory, libvirt's placement of it, the topology as
// written and as libvirt will define it, the diagnostics and the headroom, computed once and in
// that order. DocumentSession caches one per revision; every view, fix, policy and CLI command
// reads it instead of deriving a bus, a hotplug state or a headroom count again.
//
//     std::shared_ptr<const Analysis> a = session.analysis();
//     a->placement();                       // libvirt's addresses and added controllers
//     a->topology(Topology::View::Defined); // the planned items drawn dashed
//     a->diagnostics();                     // the validator's, advice included
//     a->headroom();                        // the status bar's, show's and HP-5's number

#include "document/device.h"
#include "document/domaindocument.h"
#include "placement/libvirtplacement.h"
#include "rules/ruletable.h"
#include "topology/topology.h"
#include "validation/diagnostic.h"
#include "validation/diagnosticcatalogue.h"

#include <QList>
#include <memory>

namespace pcitopo {

class Analysis {
public:
    // Reads `document` now; the analysis does not keep a reference to it.
    static std::shared_ptr<const Analysis>
    compute(const DomainDocument& document, const RuleTable& rules = RuleTable::builtin(),
            const DiagnosticCatalogue& catalogue = DiagnosticCatalogue::builtin());

    const RuleTable& rules() const { return *m_rules; }
    // Whether this is the analysis of `document`'s current text (a command given an analysis
    // uses its placement only then).
    bool describes(const DomainDocument& document) const;
    const DeviceInventory& inventory() const { return m_inventory; }
    const LibvirtPlacement& placement() const { return m_placement; }
    // As written (drag verdicts, edits) or as libvirt will define it (planned items).
    const Topology& topology(Topology::View view = Topology::View::Written) const {
        return view == Topology::View::Defined ? m_defined : m_written;
    }
    // The validator's, advice included; waived warnings and notes carry `waived`.
    const QList<Diagnostic>& diagnostics() const { return m_diagnostics; }
    Headroom headroom() const { return m_defined.headroom(); }
    // Devices without an address, or one libvirt moves or creates a bus for: the defined view
    // differs from the written one.
    bool hasPlannedItems() const { return m_defined.hasPlanned(); }
    // The view to open with: as libvirt will define it when anything is planned.
    Topology::View defaultView() const {
        return hasPlannedItems() ? Topology::View::Defined : Topology::View::Written;
    }

    // `show`/`render --view`: "written", "defined", or "" for the default view.
    static bool isViewName(QStringView name);
    const Topology& topologyNamed(QStringView name) const;

private:
    Analysis(const DomainDocument& document, const RuleTable& rules,
             const DiagnosticCatalogue& catalogue);

    const RuleTable* m_rules;
    size_t m_textHash = 0;
    qsizetype m_textSize = 0;
    DeviceInventory m_inventory;
    LibvirtPlacement m_placement;
    Topology m_written;
    Topology m_defined;
    QList<Diagnostic> m_diagnostics;
};

} // namespace pcitopo
