#pragma once

// The teaching text of `pcitopo explain` and of the GUI's "Why?": what a rule key, a PCI
// controller model, a diagnostic code or a device (by rule id, QEMU name, palette id or model)
// means, where it may go on each machine, whether it hotplugs there, and why — all from the
// rule table and the diagnostic catalogue, with the libvirt documentation page that covers it.
//
//     const Explainer explainer(RuleTable::builtin());
//     Explanation e = explainer.explain(u"e1000", {Machine::Q35, u"pcie-root-port", {}});
//     if (e.isValid()) print(e.text), link(e.docs.url);

#include "explain/ruledocs.h"
#include "rules/ruletable.h"

#include <optional>

namespace pcitopo {

struct ExplainOptions {
    std::optional<Machine> machine; // absent: both machines
    QString into;                   // a PCI controller model: the answer for that bus alone
    QString name;                   // how the text calls the subject (default: what was asked)
};

struct Explanation {
    QString text;    // several paragraphs, '\n'-separated, ending in '\n'
    QString ruleKey; // the rule that decides, when there is one
    DocsLink docs;   // the libvirt page that covers it
    QString error;   // why nothing could be explained; text is empty then
    bool isValid() const { return error.isEmpty(); }
};

class Explainer {
public:
    explicit Explainer(const RuleTable& rules) : m_rules(rules) {}

    // Tries, in order: rule key, controller model, diagnostic code, device.
    Explanation explain(const QString& what, const ExplainOptions& options = {}) const;

    Explanation explainRule(const QString& key) const;
    Explanation explainDiagnostic(const QString& code) const;
    Explanation explainController(const QString& model, const ExplainOptions& options) const;
    Explanation explainDevice(const QString& what, const ExplainOptions& options) const;

private:
    const RuleTable& m_rules;
};

} // namespace pcitopo
