#include "explainer.h"

#include "explain/explainer_p.h"
#include "validation/diagnosticcatalogue.h"

#include <QRegularExpression>
#include <QTextStream>

namespace pcitopo {

namespace explaindetail {

// A message template as a reader sees it: its parameters as "…" (what a device, an address or
// an index fills in), and a template that is nothing but libvirt's own text said in words.
QString readableTemplate(const QString& messageTemplate) {
    static const QRegularExpression parameter(QStringLiteral("%[0-9]+"));
    if (messageTemplate.trimmed() == u"%1")
        return QStringLiteral("libvirt's own message, word for word");
    QString text = messageTemplate;
    return text.replace(parameter, QStringLiteral("…"));
}

void printRuleInfo(QTextStream& out, const RuleInfo& info) {
    if (!info.teaching.isEmpty())
        out << '\n' << info.teaching << '\n';
    if (!info.message.isEmpty())
        out << "\nlibvirt says: " << readableTemplate(info.message) << '\n';
    if (!info.source.isEmpty())
        out << "source: " << info.source << '\n';
    if (!info.key.isEmpty())
        out << "rule: " << info.key << '\n';
}

void printDocs(QTextStream& out, const DocsLink& docs) {
    out << "libvirt documentation: " << docs.url << " (" << docs.title << ")\n";
}

} // namespace explaindetail

using explaindetail::printDocs;
using explaindetail::printRuleInfo;

namespace {

Explanation failed(const QString& error) {
    Explanation e;
    e.error = error;
    return e;
}

} // namespace

Explanation Explainer::explain(const QString& what, const ExplainOptions& options) const {
    if (!options.into.isEmpty() && !m_rules.controllerModel(options.into))
        return failed(QStringLiteral("'%1' is not a PCI controller model (try pcie-root-port, "
                                     "pci-bridge, pcie-root …)")
                          .arg(options.into));
    for (const Explanation& e : {explainRule(what), explainController(what, options),
                                 explainDiagnostic(what), explainDevice(what, options)})
        if (e.isValid())
            return e;
    return failed(QStringLiteral("nothing is called '%1' (try a rule key like CONN-1, a device "
                                 "like e1000 or virtio-net, a controller model like "
                                 "pcie-root-port, or a diagnostic code)")
                      .arg(what));
}

Explanation Explainer::explainRule(const QString& key) const {
    const RuleInfo* info = m_rules.rule(key.toUpper());
    if (!info)
        info = m_rules.rule(key);
    if (!info)
        return failed(QStringLiteral("no rule %1").arg(key));
    Explanation e;
    e.ruleKey = info->key;
    e.docs = libvirtDocsFor(info->key);
    QTextStream out(&e.text);
    out << info->key << ": " << info->title << '\n';
    printRuleInfo(out, *info);
    printDocs(out, e.docs);
    return e;
}

Explanation Explainer::explainDiagnostic(const QString& code) const {
    const DiagnosticSpec* spec = DiagnosticCatalogue::builtin().find(code);
    if (!spec)
        return failed(QStringLiteral("no diagnostic %1").arg(code));
    Explanation e;
    e.ruleKey = spec->rule;
    e.docs = libvirtDocsFor(spec->rule);
    QTextStream out(&e.text);
    out << spec->code << " (" << severityName(spec->severity) << ", " << spec->stage << ")\n";
    if (!spec->explanation.isEmpty())
        out << '\n' << spec->explanation << '\n';
    if (!spec->messageTemplate.isEmpty())
        out << "\nmessage: " << explaindetail::readableTemplate(spec->messageTemplate) << '\n';
    if (!spec->source.isEmpty())
        out << "source: " << spec->source << '\n';
    if (!spec->rule.isEmpty())
        out << "rule: " << spec->rule << '\n';
    if (const RuleInfo* info = m_rules.rule(spec->rule); info && !info->teaching.isEmpty())
        out << '\n' << info->key << ": " << info->teaching << '\n';
    printDocs(out, e.docs);
    return e;
}

} // namespace pcitopo
