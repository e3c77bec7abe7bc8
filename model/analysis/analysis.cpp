#include "analysis.h"

#include "analysiscounters.h"
#include "validation/validator.h"
#include "validation/waivers.h"

namespace pcitopo {

void AnalysisCounters::reset() {
    placements = 0;
    inventoryReads = 0;
    analyses = 0;
}

QString AnalysisCounters::summary() const {
    return QStringLiteral("%1 analyses, %2 placements, %3 inventory reads")
        .arg(analyses.load())
        .arg(placements.load())
        .arg(inventoryReads.load());
}

AnalysisCounters& analysisCounters() {
    static AnalysisCounters counters;
    return counters;
}

Analysis::Analysis(const DomainDocument& document, const RuleTable& rules,
                   const DiagnosticCatalogue& catalogue)
    : m_rules(&rules), m_textHash(qHash(document.text())), m_textSize(document.text().size()),
      m_inventory(DeviceInventory::read(document)),
      m_placement(placeLikeLibvirt(m_inventory, rules, &document)),
      m_written(Topology::build(m_inventory, rules, &m_placement, Topology::View::Written)),
      m_defined(Topology::build(m_inventory, rules, &m_placement, Topology::View::Defined)),
      m_diagnostics(Validator(rules, catalogue)
                        .validate(document, m_inventory, m_placement, m_defined.headroom())) {
    markWaived(m_diagnostics, readWaivers(document));
}

bool Analysis::describes(const DomainDocument& document) const {
    return document.text().size() == m_textSize && qHash(document.text()) == m_textHash;
}

bool Analysis::isViewName(QStringView name) {
    return name.isEmpty() || name == u"written" || name == u"defined";
}

const Topology& Analysis::topologyNamed(QStringView name) const {
    if (name.isEmpty())
        return topology(defaultView());
    return topology(name == u"defined" ? Topology::View::Defined : Topology::View::Written);
}

std::shared_ptr<const Analysis> Analysis::compute(const DomainDocument& document,
                                                  const RuleTable& rules,
                                                  const DiagnosticCatalogue& catalogue) {
    ++analysisCounters().analyses;
    return std::shared_ptr<const Analysis>(new Analysis(document, rules, catalogue));
}

} // namespace pcitopo
